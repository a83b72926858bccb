package org.voarchive.ingest.reduce;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.pixels.FitsHeaders;
import org.voarchive.ingest.pixels.FitsImages;
import org.voarchive.ingest.pixels.HduImage;

/** A FITS file read whole: its primary header and its image HDUs. */
record LoadedFrame(Path file, Keywords primary, List<HduImage> hdus) {

    static LoadedFrame read(Path file) throws ReductionException {
        try {
            return new LoadedFrame(file, FitsHeaders.read(file), FitsImages.read(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new ReductionException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Fails unless {@code other} has as many image HDUs of the same sizes. */
    void requireSameLayout(LoadedFrame other) throws ReductionException {
        if (other.hdus.size() != hdus.size()) {
            throw new ReductionException(other.file.getFileName() + " has " + other.hdus.size()
                    + " image HDUs where " + file.getFileName() + " has " + hdus.size());
        }
        for (int i = 0; i < hdus.size(); i++) {
            if (other.hdus.get(i).image().width() != hdus.get(i).image().width()
                    || other.hdus.get(i).image().height() != hdus.get(i).image().height()) {
                throw new ReductionException("HDU " + (i + 1) + " of " + other.file.getFileName()
                        + " differs in size from that of " + file.getFileName());
            }
        }
    }

    double requiredNumber(String key) throws ReductionException {
        return primary.number(key).orElseThrow(() ->
                new ReductionException(file.getFileName() + " lacks the numeric keyword " + key));
    }
}

package org.voarchive.datalink.soda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import org.voarchive.db.files.ArchivedFile;
import org.voarchive.db.files.ReleasedFiles;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;

/**
 * Makes SODA cutouts of the products a caller may have: finds the product's file as the query role on
 * the caller's behalf (someone else's proprietary product is not found, like an unknown one), decides from the whole product whether the request can select anything
 * (time, polarization, an image's band, a spectrum's position), then cuts an image or cube by pixels
 * or a spectrum by bins. The cutout is complete before anything is sent, so every fault still has its
 * own status. Thread safe.
 */
@ApplicationScoped
public class CutoutService {

    private static final Logger LOG = Logger.getLogger(CutoutService.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    ArchiveConfig config;

    /**
     * @throws SodaException NotFoundFault, UsageError, NoOverlap, or ServiceUnavailable/Error when the
     *     archive cannot read its database or the stored file
     */
    public Cutout cut(CutoutRequest request, Caller caller) {
        ArchivedFile file = find(request.id(), caller);
        Path store = config.dataDir().resolve("store").toAbsolutePath().normalize();
        Path path = store.resolve(file.storePath()).normalize();
        if (!path.startsWith(store) || !Files.isRegularFile(path)) {
            throw serverFault("the stored file of " + file.arcfile() + " is missing", null);
        }
        try (Fits fits = new Fits(path.toFile())) {
            BasicHDU<?>[] hdus = fits.read();
            String name = file.arcfile().replaceFirst("\\.fits$", "") + "_cutout.fits";
            return new Cutout(name, cut(request, file.arcfile(), hdus, caller));
        } catch (FitsException | IOException e) {
            throw serverFault("the stored file of " + file.arcfile() + " cannot be read", e);
        }
    }

    private List<BasicHDU<?>> cut(CutoutRequest request, String arcfile, BasicHDU<?>[] hdus, Caller caller)
            throws FitsException, IOException {
        Header primary = hdus[0].getHeader();
        if (!request.pol().isEmpty()) {
            throw SodaException.noOverlap("the archive's products have no polarization axis");
        }
        if (request.time().isPresent()) {
            double start = primary.getDoubleValue("MJD-OBS", Double.NaN);
            double end = primary.getDoubleValue("MJD-END", start);
            if (!Double.isNaN(start) && !request.time().get().overlaps(start, end)) {
                throw SodaException.noOverlap("the product was observed from MJD " + start + " to " + end);
            }
        }
        int naxis = primary.getIntValue("NAXIS", 0);
        if (hdus[0] instanceof ImageHDU image && (naxis == 2 || naxis == 3)) {
            if (naxis == 2 && request.band().isPresent()) {
                Optional<double[]> em = coverage(arcfile, caller);
                if (em.isPresent() && !request.band().get().overlaps(em.get()[0], em.get()[1])) {
                    throw SodaException.noOverlap("the image covers " + em.get()[0] + " to " + em.get()[1] + " m");
                }
            }
            return List.of(ImageCutout.cut(image, request.region(), naxis == 3 ? request.band() : Optional.empty(),
                    arcfile));
        }
        BinaryTableHDU spectrum = spectrum(hdus);
        if (spectrum == null) {
            throw SodaException.usage(arcfile + " is neither an image, a cube nor a spectrum and cannot be cut");
        }
        if (request.region().isPresent()) {
            Header target = primary.containsKey("RA") ? primary : spectrum.getHeader();
            if (!request.region().get().contains(target.getDoubleValue("RA"), target.getDoubleValue("DEC"))) {
                throw SodaException.noOverlap("the spectrum's target is outside the region");
            }
        }
        Interval band = request.band().orElse(new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        return List.of(SpectrumCutout.cut(hdus[0], spectrum, band, arcfile));
    }

    /** The SPECTRUM extension, or else the first binary table with a WAVE column, or null. */
    private static BinaryTableHDU spectrum(BasicHDU<?>[] hdus) {
        BinaryTableHDU withWave = null;
        for (BasicHDU<?> hdu : hdus) {
            if (hdu instanceof BinaryTableHDU table) {
                if ("SPECTRUM".equals(table.getHeader().getStringValue("EXTNAME"))) {
                    return table;
                }
                if (withWave == null && table.findColumn("WAVE") >= 0) {
                    withWave = table;
                }
            }
        }
        return withWave;
    }

    private ArchivedFile find(String id, Caller caller) {
        try {
            return new ReleasedFiles(dataSource, config.readerRole(), caller).product(id)
                    .orElseThrow(() -> new SodaException(SodaFault.NOT_FOUND, "no released product has the ID " + id));
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private Optional<double[]> coverage(String arcfile, Caller caller) {
        try {
            return new SpectralCoverage(dataSource, config.readerRole(), caller).of(arcfile);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static SodaException unavailable(SQLException e) {
        LOG.log(Level.WARNING, "SODA: the database did not answer", e);
        return new SodaException(SodaFault.SERVICE_UNAVAILABLE, "the archive's database cannot be reached;"
                + " try again later");
    }

    private static SodaException serverFault(String what, Exception cause) {
        LOG.log(Level.SEVERE, "SODA: " + what, cause);
        return new SodaException(SodaFault.ERROR, what + "; the operators have been told");
    }
}

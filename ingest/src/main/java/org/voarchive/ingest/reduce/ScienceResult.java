package org.voarchive.ingest.reduce;

import java.util.Optional;

/**
 * A reduced science frame: an extracted spectrum or a calibrated image, exactly one of the two. Build it
 * with {@link #ofSpectrum} or {@link #ofImage}; ask {@link #isSpectrum()} before taking one.
 *
 * @param recipe   what reduced it, e.g. {@code java/uves_echelle}
 * @param spectrum the spectrum, or null for an image
 * @param image    the image, or null for a spectrum
 */
public record ScienceResult(String recipe, ReducedSpectrum spectrum, ReducedImage image) {

    public ScienceResult {
        if ((spectrum == null) == (image == null)) {
            throw new IllegalArgumentException("a science result holds exactly one of a spectrum and an image");
        }
    }

    public static ScienceResult ofSpectrum(String recipe, ReducedSpectrum spectrum) {
        return new ScienceResult(recipe, java.util.Objects.requireNonNull(spectrum), null);
    }

    public static ScienceResult ofImage(String recipe, ReducedImage image) {
        return new ScienceResult(recipe, null, java.util.Objects.requireNonNull(image));
    }

    public boolean isSpectrum() {
        return spectrum != null;
    }

    public Optional<ReducedSpectrum> spectrumIfAny() {
        return Optional.ofNullable(spectrum);
    }

    public Optional<ReducedImage> imageIfAny() {
        return Optional.ofNullable(image);
    }
}

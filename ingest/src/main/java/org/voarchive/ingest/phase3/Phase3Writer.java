package org.voarchive.ingest.phase3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.NullDataHDU;

import org.voarchive.ingest.reduce.ReducedImage;
import org.voarchive.ingest.reduce.ReducedSpectrum;

/**
 * Writes Phase 3 science data products: a {@code SCIENCE.SPECTRUM} as an empty primary HDU plus a
 * one-row {@code SPECTRUM} binary table, a {@code SCIENCE.IMAGE} as a single 32-bit float primary
 * HDU with its TAN WCS. Every HDU gets a correct CHECKSUM and DATASUM.
 *
 * <p>A product is written to a temporary file next to {@code out} and moved into place, so a reader
 * never sees half a product. Stateless and thread-safe.
 */
public final class Phase3Writer {

    /**
     * @throws IllegalArgumentException when {@code metadata} is not a spectrum's, or the spectrum is
     *         malformed (unequal lengths, fewer than two bins, wavelengths not strictly increasing)
     * @throws IOException when the file cannot be written
     */
    public void writeSpectrum(ProductMetadata metadata, ReducedSpectrum spectrum, Path out) throws IOException {
        requireCategory(metadata, ProductCategory.SPECTRUM);
        SpectrumTable table = SpectrumTable.of(metadata, spectrum);
        try {
            NullDataHDU primary = new NullDataHDU();
            Cards cards = new Cards(primary.getHeader());
            CommonKeywords.write(metadata, cards);
            table.writePrimaryKeywords(cards);
            BinaryTableHDU extension = table.toHdu();
            write(out, primary, extension);
        } catch (FitsException e) {
            throw new IOException(metadata.arcfile() + ": cannot build the spectrum product: " + e.getMessage(), e);
        }
    }

    /**
     * @throws IllegalArgumentException when {@code metadata} is not an image's or the image is malformed
     * @throws IOException when the file cannot be written
     */
    public void writeImage(ProductMetadata metadata, ReducedImage image, Path out) throws IOException {
        requireCategory(metadata, ProductCategory.IMAGE);
        try {
            write(out, ImageProduct.toHdu(metadata, image));
        } catch (FitsException e) {
            throw new IOException(metadata.arcfile() + ": cannot build the image product: " + e.getMessage(), e);
        }
    }

    private static void requireCategory(ProductMetadata metadata, ProductCategory expected) {
        if (metadata.category() != expected) {
            throw new IllegalArgumentException(metadata.arcfile() + " is a " + metadata.category().prodcatg()
                    + ", not a " + expected.prodcatg());
        }
    }

    private static void write(Path out, BasicHDU<?>... hdus) throws IOException, FitsException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + out.getFileName(), ".part");
        try (Fits fits = new Fits()) {
            for (BasicHDU<?> hdu : hdus) {
                fits.addHDU(hdu);
            }
            fits.setChecksum();
            fits.write(tmp.toFile());
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

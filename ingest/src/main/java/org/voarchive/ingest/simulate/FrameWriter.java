package org.voarchive.ingest.simulate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.FitsFactory;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.NullDataHDU;
import nom.tam.util.FitsOutputStream;

import org.voarchive.ingest.frame.Keywords;

/**
 * Writes a {@link SimulatedFrame} as ESO writes raw frames: 16-bit integers offset by
 * {@code BZERO = 32768.0} (floats, as the UVES pipeline demands), ESO keys as HIERARCH cards.
 * A {@link Defect#TRUNCATED} frame is written whole and then cut inside its last data unit.
 */
final class FrameWriter {

    private static final double BZERO = 32768.0;

    FrameWriter() {
        // HIERARCH is a global nom-tam-fits switch; ESO headers cannot be written without it
        FitsFactory.setUseHierarch(true);
    }

    Path write(SimulatedFrame frame, Path dir) throws IOException {
        Path file = dir.resolve(frame.entry().fileName());
        List<ImagePlane> planes = frame.painter().get();
        try (Fits fits = new Fits()) {
            if (frame.imageInPrimary()) {
                if (planes.size() != 1) {
                    throw new IllegalStateException(frame.entry().fileName() + ": a single-HDU frame needs one plane, not "
                            + planes.size());
                }
                BasicHDU<?> hdu = imageHdu(planes.get(0));
                addCards(hdu.getHeader(), frame.primary());
                addCards(hdu.getHeader(), planes.get(0).cards());
                fixSimpleComment(hdu);
                fits.addHDU(hdu);
            } else {
                NullDataHDU primary = new NullDataHDU();
                addCards(primary.getHeader(), frame.primary());
                fixSimpleComment(primary);
                fits.addHDU(primary);
                for (ImagePlane plane : planes) {
                    BasicHDU<?> hdu = imageHdu(plane);
                    addCards(hdu.getHeader(), plane.cards());
                    fits.addHDU(hdu);
                }
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                 FitsOutputStream fout = new FitsOutputStream(out)) {
                fits.write(fout);
            }
        } catch (FitsException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        if (frame.entry().defect() == Defect.TRUNCATED) {
            float[][] last = planes.get(planes.size() - 1).pixels();
            long dataBytes = 2L * last.length * last[0].length;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(channel.size() - dataBytes / 2);
            }
        }
        return file;
    }

    private static BasicHDU<?> imageHdu(ImagePlane plane) throws FitsException {
        float[][] pixels = plane.pixels();
        short[][] raw = new short[pixels.length][pixels[0].length];
        for (int y = 0; y < pixels.length; y++) {
            for (int x = 0; x < pixels[y].length; x++) {
                long adu = Math.round(pixels[y][x]);
                adu = Math.max(0, Math.min(65535, adu));
                raw[y][x] = (short) (adu - 32768);
            }
        }
        BasicHDU<?> hdu = Fits.makeHDU(raw);
        hdu.getHeader().addValue("BZERO", BZERO, "Physical value = BZERO + BSCALE * stored");
        hdu.getHeader().addValue("BSCALE", 1.0, "Scaling of the stored integers");
        return hdu;
    }

    private static void addCards(Header header, HeaderCards cards) throws FitsException {
        for (HeaderCards.Card card : cards.cards()) {
            Object v = card.value();
            if (v instanceof String s) {
                header.addValue(card.key(), s, card.comment());
            } else if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
                // nom-tam-fits would write 1800.0 as 1.8E3; ESO writes 1800.
                header.addLine(HeaderCard.create(cardImage(card.key(), Keywords.format(d), card.comment())));
            } else if (v instanceof Double d) {
                header.addValue(card.key(), d, card.comment());
            } else if (v instanceof Integer i) {
                header.addValue(card.key(), i, card.comment());
            } else if (v instanceof Long l) {
                header.addValue(card.key(), l, card.comment());
            } else {
                header.addValue(card.key(), (Boolean) v, card.comment());
            }
        }
    }

    private static String cardImage(String key, String value, String comment) {
        String image = key.startsWith("HIERARCH.")
                ? key.replace('.', ' ') + " = " + value + " / " + comment
                : String.format("%-8s= %20s / %s", key, value, comment);
        return image.length() > 80 ? image.substring(0, 80) : image;
    }

    /** nom-tam-fits stamps the wall-clock time into SIMPLE's comment, which would break determinism. */
    private static void fixSimpleComment(BasicHDU<?> first) {
        HeaderCard simple = first.getHeader().findCard("SIMPLE");
        simple.setComment("conforms to FITS standard");
    }
}

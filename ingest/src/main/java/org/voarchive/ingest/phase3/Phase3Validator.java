package org.voarchive.ingest.phase3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.utilities.FitsCheckSum;
import nom.tam.util.FitsInputStream;

/**
 * Checks a file against the Phase 3 rules of its {@code PRODCATG} ({@link Phase3Rules}) and verifies
 * CHECKSUM and DATASUM of every HDU. Stateless and thread-safe.
 *
 * <p>Faults are returned, never thrown: a file that is not FITS gives one {@link Violation#NOT_FITS},
 * a cut-short file a {@link Violation#TRUNCATED} plus whatever its complete headers break. The whole
 * file is read into memory, which suits products up to a few hundred megabytes.
 */
public final class Phase3Validator {

    /**
     * @return the violations, empty when the file is a compliant product
     * @throws IOException only when the file cannot be read
     */
    public List<Violation> validate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Optional<HduLayout> layout;
        try {
            layout = HduLayout.of(bytes);
        } catch (NumberFormatException e) {
            return List.of(notFits(file, "a structural keyword is not an integer: " + e.getMessage()));
        }
        if (layout.isEmpty()) {
            return List.of(notFits(file, "it does not begin with SIMPLE = T"));
        }
        List<Header> headers = new ArrayList<>();
        for (HduLayout.Span span : layout.get().spans()) {
            try {
                headers.add(new Header(new FitsInputStream(new ByteArrayInputStream(bytes, (int) span.start(),
                        (int) (span.dataStart() - span.start())))));
            } catch (IOException | RuntimeException e) {
                return List.of(notFits(file, "header " + headers.size() + " cannot be parsed: " + e.getMessage()));
            }
        }
        List<Violation> out = new ArrayList<>();
        if (layout.get().truncated()) {
            out.add(new Violation("FILE", "", Violation.TRUNCATED, file.getFileName() + " ends after " + bytes.length
                    + " bytes, inside HDU " + (headers.size() - (lastComplete(layout.get(), bytes) ? 0 : 1))));
        }
        for (int i = 0; i < headers.size(); i++) {
            HduLayout.Span span = layout.get().spans().get(i);
            if (span.end() <= bytes.length) {
                verifyChecksums(HduHeader.of(i, headers.get(i)), bytes, span, out);
            }
        }
        out.addAll(validate(headers));
        return out;
    }

    /**
     * Checks headers alone, primary first, against the rules of the primary's {@code PRODCATG};
     * checksums are not verified, since they need the bytes.
     */
    public List<Violation> validate(List<Header> headers) {
        if (headers.isEmpty()) {
            return List.of(new Violation("FILE", "", Violation.NOT_FITS, "no header to check"));
        }
        HeaderCard prodcatg = headers.get(0).findCard("PRODCATG");
        if (prodcatg == null) {
            return List.of(new Violation("PRIMARY", "PRODCATG", Violation.MISSING_KEYWORD,
                    "PRODCATG is missing, so no Phase 3 rules apply"));
        }
        String value = prodcatg.getValue() == null ? "" : prodcatg.getValue().trim();
        return Phase3Rules.forProdcatg(value)
                .map(rules -> rules.check(headers))
                .orElseGet(() -> List.of(new Violation("PRIMARY", "PRODCATG", Violation.UNKNOWN_PRODCATG,
                        "PRODCATG='" + value + "' has no Phase 3 rules")));
    }

    private static boolean lastComplete(HduLayout layout, byte[] bytes) {
        List<HduLayout.Span> spans = layout.spans();
        return !spans.isEmpty() && spans.get(spans.size() - 1).end() <= bytes.length;
    }

    /**
     * A correct CHECKSUM makes the ones'-complement sum of the whole HDU all ones; DATASUM is the
     * unsigned decimal sum of the data unit alone.
     */
    private static void verifyChecksums(HduHeader hdu, byte[] bytes, HduLayout.Span span, List<Violation> out) {
        int start = (int) span.start();
        int dataStart = (int) span.dataStart();
        int end = (int) span.end();
        if (hdu.has("DATASUM")) {
            long actual = sum(bytes, dataStart, end);
            String stored = hdu.text("DATASUM").orElse("").trim();
            if (!stored.equals(Long.toString(actual))) {
                out.add(new Violation(hdu.name(), "DATASUM", Violation.BAD_CHECKSUM, "DATASUM='" + stored
                        + "' but the data unit sums to " + actual));
            }
        }
        if (hdu.has("CHECKSUM") && sum(bytes, start, end) != FitsCheckSum.HDU_CHECKSUM) {
            out.add(new Violation(hdu.name(), "CHECKSUM", Violation.BAD_CHECKSUM,
                    "CHECKSUM does not match the HDU's bytes"));
        }
    }

    /**
     * The FITS checksum of {@code bytes[from, to)}. Copied out first: nom-tam 1.21.1's
     * {@code checksum(byte[], int, int)} was seen to give wrong sums for a range not starting at 0
     * (an 8640-byte data unit at offset 11520 summed to all ones).
     */
    private static long sum(byte[] bytes, int from, int to) {
        return FitsCheckSum.checksum(Arrays.copyOfRange(bytes, from, to));
    }

    private static Violation notFits(Path file, String why) {
        return new Violation("FILE", "", Violation.NOT_FITS, file.getFileName() + " is not a FITS file: " + why);
    }
}

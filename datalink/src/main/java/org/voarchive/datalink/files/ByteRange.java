package org.voarchive.datalink.files;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One satisfiable byte range of a file (RFC 9110 section 14), inclusive at both ends.
 *
 * @param first the first byte, 0-based
 * @param last the last byte, {@code first <= last < size}
 */
public record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("bytes " + first + "-" + last);
        }
    }

    /** How many bytes the range holds. */
    public long length() {
        return last - first + 1;
    }

    /** The value of a Content-Range header for this range of a file of that size. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /**
     * The range a Range header asks for in a file of the given size.
     *
     * @param header the header's value, or null when the request has none
     * @return the range, or empty when the whole file is to be sent: no header, or one this server
     *     ignores as RFC 9110 allows (another unit, several ranges, a malformed value)
     * @throws Unsatisfiable when the single range lies wholly beyond the file (answer 416)
     */
    public static Optional<ByteRange> parse(String header, long size) throws Unsatisfiable {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(header);
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0 || size == 0) {
                    throw new Unsatisfiable();
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
                return Optional.empty();
            }
            if (first >= size) {
                throw new Unsatisfiable();
            }
            return Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException e) {
            // more digits than a long holds: the range cannot be within any file
            throw new Unsatisfiable();
        }
    }

    /** The range lies wholly beyond the end of the file. */
    public static final class Unsatisfiable extends Exception {

        private static final long serialVersionUID = 1L;

        Unsatisfiable() {
            super("range not satisfiable", null, false, false);
        }
    }
}

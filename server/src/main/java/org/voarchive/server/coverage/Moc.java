package org.voarchive.server.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A spatial MOC (IVOA MOC 2.0, HEALPix NESTED cells in ICRS): for each order the cell numbers it holds,
 * and the MOC's maximum order. Immutable and thread safe. Cells are kept as given; the source (pgSphere)
 * hands over MOCs already normalised.
 */
public final class Moc {

    /** The deepest order MOC 2.0 allows for space. */
    public static final int MAX_SPACE_ORDER = 29;

    private final int maxOrder;
    private final NavigableMap<Integer, long[]> cells;

    private Moc(int maxOrder, NavigableMap<Integer, long[]> cells) {
        if (maxOrder < 0 || maxOrder > MAX_SPACE_ORDER) {
            throw new IllegalArgumentException("a MOC order is 0 to 29: " + maxOrder);
        }
        for (Map.Entry<Integer, long[]> e : cells.entrySet()) {
            int order = e.getKey();
            if (order < 0 || order > maxOrder) {
                throw new IllegalArgumentException("order " + order + " is beyond the MOC order " + maxOrder);
            }
            long limit = 12L << (2 * order);
            for (long npix : e.getValue()) {
                if (npix < 0 || npix >= limit) {
                    throw new IllegalArgumentException("no cell " + npix + " at order " + order);
                }
            }
        }
        this.maxOrder = maxOrder;
        this.cells = Collections.unmodifiableNavigableMap(cells);
    }

    /** A MOC that covers nothing. */
    public static Moc empty(int maxOrder) {
        return new Moc(maxOrder, new TreeMap<>());
    }

    /**
     * Reads the ASCII serialization ({@code "5/4928 6/19541-19543 10/"}); cells are separated by blanks or
     * commas, and an order with no cells only states the maximum order.
     *
     * @param maxOrder the MOC's order when the text states a smaller one (pgSphere writes none)
     * @throws IllegalArgumentException when the text is not an ASCII MOC
     */
    public static Moc parseAscii(String ascii, int maxOrder) {
        NavigableMap<Integer, List<Long>> byOrder = new TreeMap<>();
        Integer order = null;
        int deepest = maxOrder;
        for (String token : ascii.trim().split("[\\s,]+")) {
            if (token.isEmpty()) {
                continue;
            }
            int slash = token.indexOf('/');
            String range = token;
            if (slash >= 0) {
                order = parseOrder(token.substring(0, slash));
                deepest = Math.max(deepest, order);
                byOrder.computeIfAbsent(order, o -> new ArrayList<>());
                range = token.substring(slash + 1);
            }
            if (range.isEmpty()) {
                continue;
            }
            if (order == null) {
                throw new IllegalArgumentException("an ASCII MOC starts with an order: " + token);
            }
            int dash = range.indexOf('-');
            long first = parseCell(dash < 0 ? range : range.substring(0, dash));
            long last = dash < 0 ? first : parseCell(range.substring(dash + 1));
            if (last < first) {
                throw new IllegalArgumentException("a cell range runs upwards: " + token);
            }
            List<Long> list = byOrder.get(order);
            for (long n = first; n <= last; n++) {
                list.add(n);
            }
        }
        NavigableMap<Integer, long[]> cells = new TreeMap<>();
        byOrder.forEach((o, list) -> {
            if (!list.isEmpty()) {
                cells.put(o, list.stream().mapToLong(Long::longValue).sorted().distinct().toArray());
            }
        });
        return new Moc(deepest, cells);
    }

    /**
     * A MOC from NUNIQ values ({@code 4 * 4^order + npix}), as the FITS serialization stores them.
     *
     * @throws IllegalArgumentException for a value that encodes no cell
     */
    public static Moc fromNuniq(long[] uniq, int maxOrder) {
        NavigableMap<Integer, List<Long>> byOrder = new TreeMap<>();
        for (long u : uniq) {
            if (u < 4) {
                throw new IllegalArgumentException("not a NUNIQ value: " + u);
            }
            int order = (63 - Long.numberOfLeadingZeros(u)) / 2 - 1;
            byOrder.computeIfAbsent(order, o -> new ArrayList<>()).add(u - (4L << (2 * order)));
        }
        NavigableMap<Integer, long[]> cells = new TreeMap<>();
        byOrder.forEach((o, list) -> cells.put(o, list.stream().mapToLong(Long::longValue).sorted().distinct()
                .toArray()));
        return new Moc(maxOrder, cells);
    }

    private static int parseOrder(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a MOC order: " + s);
        }
    }

    private static long parseCell(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a HEALPix cell: " + s);
        }
    }

    /** The MOC's maximum order (its resolution). */
    public int maxOrder() {
        return maxOrder;
    }

    /** Whether it covers nothing. */
    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** The cells of each order that has any, orders ascending, cells ascending; arrays are copies. */
    public NavigableMap<Integer, long[]> cells() {
        NavigableMap<Integer, long[]> copy = new TreeMap<>();
        cells.forEach((o, c) -> copy.put(o, c.clone()));
        return copy;
    }

    /** Every cell as a NUNIQ value ({@code 4 * 4^order + npix}), ascending. */
    public long[] nuniq() {
        return cells.entrySet().stream()
                .flatMapToLong(e -> Arrays.stream(e.getValue()).map(n -> (4L << (2 * e.getKey())) + n))
                .sorted().toArray();
    }

    /** The fraction of the sky it covers, 0 to 1. */
    public double skyFraction() {
        double sum = 0;
        for (Map.Entry<Integer, long[]> e : cells.entrySet()) {
            sum += e.getValue().length / (12.0 * Math.pow(4, e.getKey()));
        }
        return sum;
    }

    /**
     * Whether a cell of any order lies inside: some cell of the MOC is it or one of its ancestors. A cell
     * deeper than the maximum order is taken at the maximum order.
     */
    public boolean contains(int order, long npix) {
        for (Map.Entry<Integer, long[]> e : cells.headMap(order, true).entrySet()) {
            long ancestor = npix >> (2 * (order - e.getKey()));
            if (Arrays.binarySearch(e.getValue(), ancestor) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ASCII serialization with ranges: {@code "5/4928 6/19541-19543"}, ending with {@code "10/"} when
     * the maximum order holds no cell, so that the order survives the round trip.
     */
    public String ascii() {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<Integer, long[]> e : cells.entrySet()) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(e.getKey()).append('/');
            long[] c = e.getValue();
            for (int i = 0; i < c.length; i++) {
                int j = i;
                while (j + 1 < c.length && c[j + 1] == c[j] + 1) {
                    j++;
                }
                s.append(i == 0 ? "" : " ").append(c[i]);
                if (j > i) {
                    s.append('-').append(c[j]);
                }
                i = j;
            }
        }
        if (!cells.containsKey(maxOrder)) {
            s.append(s.isEmpty() ? "" : " ").append(maxOrder).append('/');
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Moc m && m.maxOrder == maxOrder && Arrays.equals(m.nuniq(), nuniq());
    }

    @Override
    public int hashCode() {
        return 31 * maxOrder + Arrays.hashCode(nuniq());
    }

    @Override
    public String toString() {
        return ascii();
    }
}

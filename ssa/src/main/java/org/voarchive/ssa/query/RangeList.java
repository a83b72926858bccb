package org.voarchive.ssa.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.voarchive.server.dali.DaliException;

/**
 * SSA's range-list syntax: comma-separated items, each a single value or {@code lo/hi} with either end
 * left open ({@code lo/}, {@code /hi}). A list means any of its ranges (OR).
 */
final class RangeList {

    private RangeList() {
    }

    /**
     * Parses a range list.
     *
     * @param name the parameter, for messages
     * @param text the value without any qualifier
     * @param value reads one end: (name, text) to a number
     * @throws DaliException when an item is empty, malformed, or has its ends reversed
     */
    static List<Range> parse(String name, String text, BiFunction<String, String, Double> value) {
        List<Range> ranges = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String t = item.trim();
            int slash = t.indexOf('/');
            if (t.isEmpty() || t.equals("/") || (slash >= 0 && t.indexOf('/', slash + 1) >= 0)) {
                throw new DaliException(name + " must be a value or a range lo/hi (either end may be left open), "
                        + "several separated by commas; not '" + text + "'");
            }
            if (slash < 0) {
                ranges.add(Range.of(value.apply(name, t)));
                continue;
            }
            String lo = t.substring(0, slash).trim();
            String hi = t.substring(slash + 1).trim();
            double from = lo.isEmpty() ? Double.NEGATIVE_INFINITY : value.apply(name + " lower end", lo);
            double to = hi.isEmpty() ? Double.POSITIVE_INFINITY : value.apply(name + " upper end", hi);
            if (from > to) {
                throw new DaliException(name + ": the range '" + t + "' ends before it starts");
            }
            ranges.add(new Range(from, to));
        }
        return List.copyOf(ranges);
    }
}

package org.voarchive.facets.search;

/**
 * A range of stored values (ObsCore units): {@code low <= v <= high}, or {@code v < high} when the upper
 * bound is exclusive (whole days of a date range). A null bound is open.
 */
public record ValueRange(Double low, Double high, boolean highExclusive) {

    public boolean contains(double v) {
        return (low == null || v >= low) && (high == null || (highExclusive ? v < high : v <= high));
    }
}

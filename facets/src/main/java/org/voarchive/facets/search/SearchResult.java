package org.voarchive.facets.search;

import java.util.List;
import java.util.Map;
import org.voarchive.facets.index.ProductDocument;

/**
 * What a search found: the total, one page of products, and the counts of every facet. Each facet's
 * counts leave out that facet's own filter (drill-sideways), so the values not chosen still show.
 *
 * @param terms   each terms facet's values with their counts, the most frequent first
 * @param release the counts of public and proprietary products
 * @param ranges  each range facet's counts, in stored units
 */
public record SearchResult(
        long total,
        int offset,
        int limit,
        List<ProductDocument> products,
        Map<TermFacet, List<TermCount>> terms,
        List<TermCount> release,
        Map<RangeFacet, RangeCounts> ranges) {

    /** One value of a terms facet. */
    public record TermCount(String value, long count) {
    }

    /**
     * A range facet: the extent of the values (null when no product has one) and the buckets,
     * {@code from <= v < to}, stored units; the first bucket may have no lower and the last no upper edge.
     */
    public record RangeCounts(Double min, Double max, List<Bucket> buckets) {
    }

    public record Bucket(Double from, Double to, long count) {
    }
}

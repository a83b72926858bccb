package org.voarchive.facets.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionMatchQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.voarchive.facets.index.ProductFields;

/**
 * A {@link SearchRequest} as Lucene queries: the base (words, cone, covers, what the caller may see) and
 * one filter per facet the request restricts, kept apart so drill-sideways counts can leave one out.
 */
final class LuceneQueries {

    /** pgSphere's tolerance in its comparisons (EPSILON, radians): the cone matches what pgSphere matches. */
    static final double SPHERE_EPSILON = 1e-9;

    private LuceneQueries() {
    }

    /** What every count and hit must satisfy. */
    static Query base(SearchRequest r, Visibility visibility, Instant now) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (String word : r.words()) {
            // any word containing it matches, as LIKE '%word%' does in ADQL; whole-word matches score higher
            Query inside = word.length() <= ProductFields.MAX_INFIX
                    ? new ConstantScoreQuery(new TermQuery(new Term(ProductFields.INFIX, word)))
                    : new WildcardQuery(new Term(ProductFields.TEXT, "*" + word + "*"));
            b.add(inside, Occur.MUST);
            b.add(new TermQuery(new Term(ProductFields.TEXT, word)), Occur.SHOULD);
            any = true;
        }
        if (r.cone() != null) {
            b.add(cone(r.cone()), Occur.FILTER);
            any = true;
        }
        if (r.covers() != null) {
            b.add(DoublePoint.newRangeQuery(ProductFields.EM_MIN, Double.NEGATIVE_INFINITY, r.covers().high()), Occur.FILTER);
            b.add(DoublePoint.newRangeQuery(ProductFields.EM_MAX, r.covers().low(), Double.POSITIVE_INFINITY), Occur.FILTER);
            any = true;
        }
        if (!visibility.operator()) {
            BooleanQuery.Builder visible = new BooleanQuery.Builder()
                    .add(LongPoint.newRangeQuery(ProductFields.RELEASE, Long.MIN_VALUE, ProductFields.micros(now)), Occur.SHOULD);
            if (!visibility.programmes().isEmpty()) {
                visible.add(terms(ProductFields.PROPOSAL, visibility.programmes()), Occur.SHOULD);
            }
            b.add(visible.build(), Occur.FILTER);
            any = true;
        }
        return any ? b.build() : new MatchAllDocsQuery();
    }

    static Query terms(String field, Set<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        List<BytesRef> refs = new ArrayList<>();
        values.forEach(v -> refs.add(new BytesRef(v)));
        return new TermInSetQuery(field, refs);
    }

    /** The filter of one release choice, or null when both states are chosen (no restriction). */
    static Query release(Set<ReleaseState> states, Instant now) {
        if (states.size() != 1) {
            return null;
        }
        long t = ProductFields.micros(now);
        return states.contains(ReleaseState.PUBLIC)
                ? LongPoint.newRangeQuery(ProductFields.RELEASE, Long.MIN_VALUE, t)
                : LongPoint.newRangeQuery(ProductFields.RELEASE, t + 1, Long.MAX_VALUE);
    }

    static Query range(String field, ValueRange r) {
        double low = r.low() == null ? Double.NEGATIVE_INFINITY : r.low();
        double high = r.high() == null ? Double.POSITIVE_INFINITY : r.highExclusive() ? Math.nextDown(r.high()) : r.high();
        return DoublePoint.newRangeQuery(field, low, high);
    }

    /**
     * A bounding box in dec (and in ra away from the poles) that the points index serves, then the
     * exact angular distance.
     */
    static Query cone(Cone c) {
        double margin = 1e-7;
        double lowDec = c.dec() - c.radius() - margin;
        double highDec = c.dec() + c.radius() + margin;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(DoublePoint.newRangeQuery(ProductFields.DEC, Math.max(-90, lowDec), Math.min(90, highDec)), Occur.FILTER);
        if (lowDec > -90 && highDec < 90) {
            double halfWidth = Math.toDegrees(Math.asin(Math.sin(Math.toRadians(c.radius()))
                    / Math.cos(Math.toRadians(c.dec())))) + margin;
            double lowRa = c.ra() - halfWidth;
            double highRa = c.ra() + halfWidth;
            Query ra;
            if (lowRa < 0) {
                ra = either(DoublePoint.newRangeQuery(ProductFields.RA, lowRa + 360, 360),
                        DoublePoint.newRangeQuery(ProductFields.RA, 0, highRa));
            } else if (highRa > 360) {
                ra = either(DoublePoint.newRangeQuery(ProductFields.RA, lowRa, 360),
                        DoublePoint.newRangeQuery(ProductFields.RA, 0, highRa - 360));
            } else {
                ra = DoublePoint.newRangeQuery(ProductFields.RA, lowRa, highRa);
            }
            b.add(ra, Occur.FILTER);
        }
        double limit = Math.toRadians(c.radius()) + SPHERE_EPSILON;
        b.add(new FunctionMatchQuery(new AngularDistance(c.ra(), c.dec()), d -> d <= limit), Occur.FILTER);
        return b.build();
    }

    private static Query either(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
    }
}

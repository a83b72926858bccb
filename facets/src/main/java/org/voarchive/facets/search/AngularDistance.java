package org.voarchive.facets.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.voarchive.facets.index.ProductFields;

/**
 * Each product's angular distance in radians from a point of the sky, from its s_ra and s_dec doc values,
 * by the haversine formula (accurate for small and large distances alike). Products without a position
 * have no value. This is the sphere's geometry, not Earth's: no ellipsoid, no metres.
 */
final class AngularDistance extends DoubleValuesSource {

    private final double ra;
    private final double dec;

    /** @param ra the centre, degrees @param dec the centre, degrees */
    AngularDistance(double ra, double dec) {
        this.ra = ra;
        this.dec = dec;
    }

    static double between(double ra1, double dec1, double ra2, double dec2) {
        double d1 = Math.toRadians(dec1);
        double d2 = Math.toRadians(dec2);
        double sinDDec = Math.sin((d2 - d1) / 2);
        double sinDRa = Math.sin(Math.toRadians(ra2 - ra1) / 2);
        double h = sinDDec * sinDDec + Math.cos(d1) * Math.cos(d2) * sinDRa * sinDRa;
        return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues ras = DocValues.getNumeric(ctx.reader(), ProductFields.RA);
        NumericDocValues decs = DocValues.getNumeric(ctx.reader(), ProductFields.DEC);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                if (!ras.advanceExact(doc) || !decs.advanceExact(doc)) {
                    return false;
                }
                value = between(ra, dec, Double.longBitsToDouble(ras.longValue()),
                        Double.longBitsToDouble(decs.longValue()));
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, ProductFields.RA, ProductFields.DEC);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ra, dec);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AngularDistance a && a.ra == ra && a.dec == dec;
    }

    @Override
    public String toString() {
        return "distance(" + ra + "," + dec + ")";
    }
}

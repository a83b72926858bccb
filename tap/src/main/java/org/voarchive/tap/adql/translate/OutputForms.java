package org.voarchive.tap.adql.translate;

/**
 * How values leave the database when they are the query's result, so that they arrive as the writers
 * expect: numbers of exactly the type their description gives, and geometries as DALI double arrays in
 * degrees (point {@code [ra, dec]}, circle {@code [ra, dec, radius]}, polygon
 * {@code [ra1, dec1, ra2, dec2, ...]}), NULL staying NULL.
 */
final class OutputForms {

    private OutputForms() {
    }

    /** The SQL that yields a select list value in output form. */
    static String of(Typed value) {
        String sql = value.sql();
        switch (value.kind()) {
            case POINT:
                return array(value, "ARRAY[degrees(long(%1$s)), degrees(lat(%1$s))]");
            case CIRCLE:
                return array(value, "ARRAY[degrees(long(center(%1$s))), degrees(lat(center(%1$s))), degrees(radius(%1$s))]");
            case POLYGON:
                String degrees = "(SELECT array_agg(degrees(u.r) ORDER BY u.n) FROM unnest(" + polygonRadians(sql)
                        + ") WITH ORDINALITY AS u(r, n))";
                if ("adql:REGION".equalsIgnoreCase(value.description().xtype())) {
                    // a REGION column is written as ObsCore 1.1 and TAP 1.0 clients read it: STC-S text
                    return "CASE WHEN " + sql + " IS NULL THEN NULL ELSE 'POLYGON ICRS ' || array_to_string(" + degrees
                            + ", ' ') END";
                }
                return degrees;
            default:
                break;
        }
        boolean stored = value.column() != null && value.column().stored();
        // Computed numbers can be numeric in PostgreSQL (AVG, decimal literals, ROUND) where the
        // description promises a double or an integer of a given width.
        return value.kind().isNumeric() && !stored ? "CAST(" + sql + " AS " + value.kind().sqlType() + ")" : sql;
    }

    /**
     * An array built from a geometry that may be NULL. A column is named in place; a computed geometry is
     * computed once, in a subquery that has no row when it is NULL.
     */
    private static String array(Typed value, String template) {
        if (value.column() != null) {
            return "CASE WHEN " + value.sql() + " IS NULL THEN NULL ELSE " + String.format(template, value.sql())
                    + " END";
        }
        return "(SELECT " + String.format(template, "g.v") + " FROM (SELECT " + value.sql() + " AS v) AS g WHERE g.v"
                + " IS NOT NULL)";
    }

    /**
     * The vertices of a pgSphere polygon as a {@code double precision[]} of longitude, latitude pairs in
     * radians. pgSphere 1.2 has no function that returns a polygon's vertices, so this reads them from the
     * polygon's text form, {@code {(lon , lat),(lon , lat),...}} in radians, which is pgSphere's output
     * unless a session changes it with {@code set_sphere_output}; the archive never does, and with another
     * form the cast fails rather than giving wrong numbers.
     */
    static String polygonRadians(String polygon) {
        return "CAST(regexp_split_to_array(translate(CAST(" + polygon + " AS text), '{}() ', ''), ',') AS "
                + "double precision[])";
    }
}

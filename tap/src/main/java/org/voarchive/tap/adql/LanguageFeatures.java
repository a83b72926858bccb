package org.voarchive.tap.adql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The query language this service implements, as TAPRegExt declares it in the capabilities document:
 * ADQL 2.1 and exactly the optional features listed here, each under its feature type.
 *
 * <p>Beyond these, the translator accepts CASE (SQL 92's, simple and searched), which ADQL 2.1 does not
 * list as an optional feature. It does not support REGION, seeded RAND, user-defined functions, or
 * coordinate systems other than ICRS.
 */
public final class LanguageFeatures {

    /** The language's name in TAPRegExt. */
    public static final String LANGUAGE_NAME = "ADQL";

    /** The language's version. */
    public static final String VERSION = "2.1";

    /** The standard's identifier for this version. */
    public static final String VERSION_IVOID = "ivo://ivoa.net/std/ADQL#v2.1";

    private static final String TAPREGEXT = "ivo://ivoa.net/std/TAPRegExt";

    public static final String GEOMETRY = TAPREGEXT + "#features-adqlgeo";
    public static final String STRING = TAPREGEXT + "#features-adql-string";
    public static final String OFFSET = TAPREGEXT + "#features-adql-offset";
    public static final String TYPE = TAPREGEXT + "#features-adql-type";
    public static final String UNIT = TAPREGEXT + "#features-adql-unit";
    public static final String COMMON_TABLE = TAPREGEXT + "#features-adql-common-table";
    public static final String SETS = TAPREGEXT + "#features-adql-sets";
    public static final String BITWISE = TAPREGEXT + "#features-adql-bitwise";

    /**
     * One supported feature.
     *
     * @param type the TAPRegExt feature type URI
     * @param form the feature's form, as ADQL 2.1 names it
     * @param description what it does here, for the capabilities document
     */
    public record Feature(String type, String form, String description) {

        public Feature {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * Every supported optional feature, grouped by type in the order capabilities list them. COALESCE
     * works but is not declared: its ADQL 2.1 type, features-adql-conditional, is unknown to the
     * TAPRegExt checks of the taplint that Debian ships (STILTS 3.4.7), which report it as an error.
     */
    public static final List<Feature> SUPPORTED = List.of(
            new Feature(GEOMETRY, "POINT", "a position in ICRS, degrees"),
            new Feature(GEOMETRY, "CIRCLE", "a circle from a center and a radius in degrees"),
            new Feature(GEOMETRY, "BOX", "a polygon from a center, a width and a height in degrees"),
            new Feature(GEOMETRY, "POLYGON", "a polygon from three or more vertices"),
            new Feature(GEOMETRY, "CENTROID", "the center of a circle, the mean direction of a polygon's vertices"),
            new Feature(GEOMETRY, "AREA", "the area of a circle or polygon in square degrees"),
            new Feature(GEOMETRY, "COORD1", "a point's right ascension in degrees"),
            new Feature(GEOMETRY, "COORD2", "a point's declination in degrees"),
            new Feature(GEOMETRY, "COORDSYS", "the coordinate system of a geometry: always ICRS"),
            new Feature(GEOMETRY, "CONTAINS", "1 if the first geometry lies within the second, else 0"),
            new Feature(GEOMETRY, "INTERSECTS", "1 if the two geometries overlap, else 0"),
            new Feature(GEOMETRY, "DISTANCE", "the angle between two points in degrees, of two points or four"
                    + " coordinates"),
            new Feature(STRING, "LOWER", "a string in lower case"),
            new Feature(STRING, "UPPER", "a string in upper case"),
            new Feature(STRING, "ILIKE", "LIKE ignoring case"),
            new Feature(OFFSET, "OFFSET", "skips the first rows of the result"),
            new Feature(TYPE, "CAST", "converts to SMALLINT, INTEGER, BIGINT, REAL, DOUBLE PRECISION, CHAR, VARCHAR"
                    + " or TIMESTAMP"),
            new Feature(UNIT, "IN_UNIT", "converts a value of a column with a unit to another VOUnit"),
            new Feature(COMMON_TABLE, "WITH", "named subqueries before the main query"),
            new Feature(SETS, "UNION", "rows of either query"),
            new Feature(SETS, "EXCEPT", "rows of the first query that the second has not"),
            new Feature(SETS, "INTERSECT", "rows of both queries"),
            new Feature(BITWISE, "BIT_AND", "x & y on integers"),
            new Feature(BITWISE, "BIT_OR", "x | y on integers"),
            new Feature(BITWISE, "BIT_XOR", "x ^ y on integers"),
            new Feature(BITWISE, "BIT_NOT", "~x on integers"));

    private LanguageFeatures() {
    }

    /** The supported features by type, types in the order of {@link #SUPPORTED}. */
    public static Map<String, List<Feature>> byType() {
        Map<String, List<Feature>> byType = new LinkedHashMap<>();
        for (Feature feature : SUPPORTED) {
            byType.computeIfAbsent(feature.type(), t -> new ArrayList<>()).add(feature);
        }
        byType.replaceAll((type, features) -> List.copyOf(features));
        return Collections.unmodifiableMap(byType);
    }
}

package org.voarchive.tap.adql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageFeaturesTest {

    @Test
    void everyOptionalFeatureTypeIsDeclaredInOrder() {
        Map<String, List<LanguageFeatures.Feature>> byType = LanguageFeatures.byType();
        assertEquals(List.of(LanguageFeatures.GEOMETRY, LanguageFeatures.STRING, LanguageFeatures.OFFSET,
                LanguageFeatures.TYPE, LanguageFeatures.UNIT, LanguageFeatures.COMMON_TABLE, LanguageFeatures.SETS,
                LanguageFeatures.BITWISE), List.copyOf(byType.keySet()));
        assertEquals("ivo://ivoa.net/std/TAPRegExt#features-adqlgeo", LanguageFeatures.GEOMETRY);
        assertEquals(List.of("LOWER", "UPPER", "ILIKE"),
                byType.get(LanguageFeatures.STRING).stream().map(LanguageFeatures.Feature::form).toList());
    }

    @Test
    void declaredFormsAreTranslated() {
        AdqlTranslator translator = new AdqlTranslator(new TestCatalog());
        Map<String, String> examples = Map.ofEntries(
                Map.entry("POINT", "POINT(1, 2)"), Map.entry("CIRCLE", "CIRCLE(1, 2, 3)"),
                Map.entry("BOX", "BOX(1, 2, 3, 4)"), Map.entry("POLYGON", "POLYGON(1, 2, 3, 4, 5, 6)"),
                Map.entry("CENTROID", "CENTROID(s_region)"), Map.entry("AREA", "AREA(s_region)"),
                Map.entry("COORD1", "COORD1(s_position)"), Map.entry("COORD2", "COORD2(s_position)"),
                Map.entry("COORDSYS", "COORDSYS(s_position)"), Map.entry("CONTAINS", "CONTAINS(s_position, s_region)"),
                Map.entry("INTERSECTS", "INTERSECTS(s_region, s_region)"),
                Map.entry("DISTANCE", "DISTANCE(1, 2, 3, 4)"), Map.entry("LOWER", "LOWER(obs_id)"),
                Map.entry("UPPER", "UPPER(obs_id)"), Map.entry("CAST", "CAST(s_ra AS REAL)"),
                Map.entry("IN_UNIT", "IN_UNIT(s_ra, 'rad')"),
                Map.entry("BIT_AND", "calib_level & 1"), Map.entry("BIT_OR", "calib_level | 1"),
                Map.entry("BIT_XOR", "calib_level ^ 1"), Map.entry("BIT_NOT", "~calib_level"));
        for (LanguageFeatures.Feature feature : LanguageFeatures.SUPPORTED) {
            String adql = switch (feature.form()) {
                case "ILIKE" -> "SELECT obs_id FROM ivoa.obscore WHERE obs_id ILIKE 'a%'";
                case "OFFSET" -> "SELECT obs_id FROM ivoa.obscore OFFSET 3";
                case "WITH" -> "WITH x AS (SELECT obs_id FROM ivoa.obscore) SELECT * FROM x";
                case "UNION", "EXCEPT", "INTERSECT" -> "SELECT obs_id FROM ivoa.obscore " + feature.form()
                        + " SELECT obs_id FROM ivoa.obscore";
                default -> "SELECT " + examples.get(feature.form()) + " FROM ivoa.obscore";
            };
            assertFalse(translator.translate(adql, 10).sql().isBlank(), feature.form());
        }
    }
}

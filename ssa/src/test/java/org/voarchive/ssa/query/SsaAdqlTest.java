package org.voarchive.ssa.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voarchive.ssa.query.SsaQueryTest.query;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voarchive.tap.adql.AdqlLiterals;

class SsaAdqlTest {

    @Test
    void spectraOnlyInIdentifierOrderWithoutConstraints() {
        assertEquals("SELECT obs_publisher_did, obs_creator_did, obs_title, obs_collection, instrument_name, "
                + "obs_creation_date, dataproduct_type, em_xel, access_url, access_format, access_estsize, target_name, "
                + "s_position, s_position AS target_pos, s_fov, em_min, em_max, em_res_power, t_min, t_max, t_exptime, snr FROM ivoa.obscore "
                + "WHERE dataproduct_type = 'spectrum' ORDER BY obs_publisher_did", SsaAdql.of(query()));
    }

    @Test
    void coneIsHalfTheSizeAndOrdersByDistance() {
        String adql = SsaAdql.of(query("POS", "10.5,-20", "SIZE", "0.2"));
        assertTrue(adql.contains("CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', 10.5, -20.0, 0.1)) = 1"), adql);
        assertTrue(adql.endsWith("ORDER BY DISTANCE(POINT('ICRS', s_ra, s_dec), POINT('ICRS', 10.5, -20.0)), "
                + "obs_publisher_did"), adql);
    }

    @Test
    void aValueMustBeCoveredAndRangesOverlapAnyOf() {
        assertTrue(SsaAdql.of(query("BAND", "6.5628E-7")).contains(
                "((em_min <= 6.5628E-7 AND em_max >= 6.5628E-7))"));
        assertTrue(SsaAdql.of(query("BAND", "5e-7/6e-7,/3e-7")).contains(
                "((em_min <= 6.0E-7 AND em_max >= 5.0E-7) OR (em_min <= 3.0E-7))"));
        assertTrue(SsaAdql.of(query("TIME", "2024-01-01/")).contains("((t_max >= 60310.0))"));
    }

    @Test
    void textIsQuotedAndNeverPasted() {
        String adql = SsaAdql.of(query("TARGETNAME", "O'Brien's star') OR (1=1", "COLLECTION", "A,B'"));
        assertTrue(adql.contains("LOWER(target_name) = 'o''brien''s star'') or (1=1'"), adql);
        assertTrue(adql.contains("obs_collection IN ('A', 'B''')"), adql);
        assertFalse(adql.contains("OR (1=1"));
    }

    @Test
    void minimaAndFormats() {
        String adql = SsaAdql.of(query("SNR", "12.5", "SPECRP", "1e4", "FORMAT", "fits,graphic"));
        assertTrue(adql.contains("snr >= 12.5"), adql);
        assertTrue(adql.contains("em_res_power >= 10000.0"), adql);
        assertTrue(adql.contains("access_format IN ('application/fits', 'image/png', 'image/jpeg', 'image/gif')"));
        assertTrue(SsaAdql.of(query("REDSHIFT", "0.1")).endsWith("WHERE dataproduct_type = 'spectrum' ORDER BY "
                + "obs_publisher_did"), "REDSHIFT selects nothing");
    }

    @Test
    void literalsAreExactAndFinite() {
        assertEquals("1.0E-7", AdqlLiterals.number(1e-7));
        assertEquals("0.1", AdqlLiterals.number(0.1));
        assertThrows(IllegalArgumentException.class, () -> AdqlLiterals.number(Double.POSITIVE_INFINITY));
        assertEquals("'it''s'", AdqlLiterals.string("it's"));
        assertEquals(List.of("ssa:Access.Reference"), SsaFields.ALL.stream().filter(f -> f.column().equals("access_url"))
                .map(SsaFields.Field::utype).toList());
    }
}

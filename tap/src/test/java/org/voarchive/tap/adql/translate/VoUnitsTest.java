package org.voarchive.tap.adql.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voarchive.tap.adql.AdqlException;
import org.voarchive.tap.adql.ast.Position;

class VoUnitsTest {

    private static final Position HERE = new Position(1, 1);

    @ParameterizedTest
    @CsvSource({
        "km, m, 1000",
        "m, nm, 1000000000",
        "m, Angstrom, 10000000000",
        "deg, arcsec, 3600",
        "arcsec, mas, 1000",
        "deg, rad, 0.0174532925199433",
        "d, s, 86400",
        "yr, d, 365.25",
        "Gyr, Myr, 1000",
        "kpc, pc, 1000",
        "km/s, m/s, 1000",
        "m.s**-1, km/s, 0.001",
        "deg**2, arcmin**2, 3600",
        "sr, deg**2, 3282.80635001174",
        "mJy, Jy, 0.001",
        "erg, J, 0.0000001",
        "dam, m, 10",
        "min, s, 60",
        "kg.m**2.s**-2, J, 1",
    })
    void converts(String from, String to, String factor) {
        assertEquals(0, new BigDecimal(factor).compareTo(VoUnits.factor(from, to, HERE)), from + " to " + to);
    }

    @ParameterizedTest
    @CsvSource({"m, s", "deg, m", "mag, m", "m, furlong", "m/s/s, m", "m**x, m", "'', m"})
    void refuses(String from, String to) {
        assertThrows(AdqlException.class, () -> VoUnits.factor(from, to, HERE));
    }
}

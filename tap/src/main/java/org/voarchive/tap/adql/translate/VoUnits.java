package org.voarchive.tap.adql.translate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Map;
import org.voarchive.tap.adql.AdqlException;
import org.voarchive.tap.adql.ast.Position;

/**
 * Conversion factors between VOUnit strings, for IN_UNIT. It reads products and one quotient of
 * symbols with SI prefixes and integer powers ({@code km}, {@code m/s}, {@code kg.m**2.s**-2},
 * {@code mas}, {@code deg**2}) over the SI units and the astronomical ones VOUnit names; logarithmic
 * units (mag, dex) and scale factors are not convertible and are refused.
 */
final class VoUnits {

    /** The dimensions: the seven SI base quantities and the plane angle, which VOUnit keeps apart. */
    private static final int DIMENSIONS = 8;

    private static final int M = 0;
    private static final int KG = 1;
    private static final int S = 2;
    private static final int A = 3;
    private static final int K = 4;
    private static final int MOL = 5;
    private static final int CD = 6;
    private static final int RAD = 7;

    /** A unit as a factor to SI and the powers of the base dimensions. */
    private record Unit(double factor, int[] powers) {

        Unit times(Unit other, int power) {
            int[] sum = powers.clone();
            for (int i = 0; i < DIMENSIONS; i++) {
                sum[i] += other.powers[i] * power;
            }
            return new Unit(factor * Math.pow(other.factor, power), sum);
        }
    }

    /** A symbol, its value, and whether it takes an SI prefix. */
    private record Symbol(Unit unit, boolean prefixable) {
    }

    private static final Map<String, Double> PREFIXES = Map.ofEntries(Map.entry("y", 1e-24), Map.entry("z", 1e-21),
            Map.entry("a", 1e-18), Map.entry("f", 1e-15), Map.entry("p", 1e-12), Map.entry("n", 1e-9),
            Map.entry("u", 1e-6), Map.entry("m", 1e-3), Map.entry("c", 1e-2), Map.entry("d", 1e-1),
            Map.entry("da", 1e1), Map.entry("h", 1e2), Map.entry("k", 1e3), Map.entry("M", 1e6),
            Map.entry("G", 1e9), Map.entry("T", 1e12), Map.entry("P", 1e15), Map.entry("E", 1e18),
            Map.entry("Z", 1e21), Map.entry("Y", 1e24));

    private static final Map<String, Symbol> SYMBOLS = Map.ofEntries(
            Map.entry("m", symbol(1, true, M, 1)),
            Map.entry("g", symbol(1e-3, true, KG, 1)),
            Map.entry("s", symbol(1, true, S, 1)),
            Map.entry("A", symbol(1, true, A, 1)),
            Map.entry("K", symbol(1, true, K, 1)),
            Map.entry("mol", symbol(1, true, MOL, 1)),
            Map.entry("cd", symbol(1, true, CD, 1)),
            Map.entry("rad", symbol(1, true, RAD, 1)),
            Map.entry("sr", symbol(1, true, RAD, 2)),
            Map.entry("deg", symbol(Math.PI / 180, false, RAD, 1)),
            Map.entry("arcmin", symbol(Math.PI / 10_800, false, RAD, 1)),
            Map.entry("arcsec", symbol(Math.PI / 648_000, true, RAD, 1)),
            Map.entry("mas", symbol(Math.PI / 648_000_000, false, RAD, 1)),
            Map.entry("Hz", symbol(1, true, S, -1)),
            Map.entry("N", symbol(1, true, KG, 1, M, 1, S, -2)),
            Map.entry("J", symbol(1, true, KG, 1, M, 2, S, -2)),
            Map.entry("W", symbol(1, true, KG, 1, M, 2, S, -3)),
            Map.entry("Pa", symbol(1, true, KG, 1, M, -1, S, -2)),
            Map.entry("eV", symbol(1.602176634e-19, true, KG, 1, M, 2, S, -2)),
            Map.entry("erg", symbol(1e-7, false, KG, 1, M, 2, S, -2)),
            Map.entry("Jy", symbol(1e-26, true, KG, 1, S, -2)),
            Map.entry("Angstrom", symbol(1e-10, false, M, 1)),
            Map.entry("angstrom", symbol(1e-10, false, M, 1)),
            Map.entry("AU", symbol(1.495978707e11, false, M, 1)),
            Map.entry("au", symbol(1.495978707e11, false, M, 1)),
            Map.entry("pc", symbol(3.0856775814913673e16, true, M, 1)),
            Map.entry("lyr", symbol(9.4607304725808e15, true, M, 1)),
            Map.entry("min", symbol(60, false, S, 1)),
            Map.entry("h", symbol(3_600, false, S, 1)),
            Map.entry("d", symbol(86_400, false, S, 1)),
            Map.entry("a", symbol(31_557_600, true, S, 1)),
            Map.entry("yr", symbol(31_557_600, true, S, 1)),
            Map.entry("solMass", symbol(1.98840987e30, false, KG, 1)),
            Map.entry("solRad", symbol(6.957e8, false, M, 1)),
            Map.entry("solLum", symbol(3.828e26, false, KG, 1, M, 2, S, -3)));

    private VoUnits() {
    }

    /**
     * The number that converts values in one unit to another, to 15 significant digits.
     *
     * @param from the unit of the values, as the column's metadata gives it
     * @param to the unit wanted
     * @param position where IN_UNIT is, for messages
     * @throws AdqlException when a unit cannot be read or the two measure different quantities
     */
    static BigDecimal factor(String from, String to, Position position) {
        Unit source = parse(from, "the value's unit", position);
        Unit target = parse(to, "the target unit", position);
        if (!Arrays.equals(source.powers(), target.powers())) {
            throw new AdqlException("IN_UNIT cannot convert " + from + " to " + to, position);
        }
        // Rounded to what a double holds reliably, so that km to m is 1000 and not 999.9999999999999.
        return BigDecimal.valueOf(source.factor() / target.factor()).round(new MathContext(15)).stripTrailingZeros();
    }

    private static Unit parse(String text, String what, Position position) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        if (trimmed.isEmpty() || slash != trimmed.lastIndexOf('/')) {
            throw unreadable(text, what, position);
        }
        Unit unit = new Unit(1, new int[DIMENSIONS]);
        String numerator = slash < 0 ? trimmed : trimmed.substring(0, slash);
        unit = product(unit, numerator, 1, text, what, position);
        return slash < 0 ? unit : product(unit, trimmed.substring(slash + 1), -1, text, what, position);
    }

    private static Unit product(Unit unit, String factors, int sign, String text, String what, Position position) {
        for (String factor : factors.split("\\.", -1)) {
            int power = 1;
            String symbol = factor;
            int stars = factor.indexOf("**");
            if (stars >= 0) {
                symbol = factor.substring(0, stars);
                String exponent = factor.substring(stars + 2).replace("(", "").replace(")", "");
                try {
                    power = Integer.parseInt(exponent);
                } catch (NumberFormatException notInteger) {
                    throw unreadable(text, what, position);
                }
            }
            unit = unit.times(lookup(symbol, text, what, position), sign * power);
        }
        return unit;
    }

    private static Unit lookup(String name, String text, String what, Position position) {
        Symbol exact = SYMBOLS.get(name);
        if (exact != null) {
            return exact.unit();
        }
        for (int length = 2; length >= 1; length--) {
            if (name.length() > length) {
                Double prefix = PREFIXES.get(name.substring(0, length));
                Symbol base = SYMBOLS.get(name.substring(length));
                if (prefix != null && base != null && base.prefixable()) {
                    return new Unit(prefix * base.unit().factor(), base.unit().powers());
                }
            }
        }
        throw unreadable(text, what, position);
    }

    private static AdqlException unreadable(String text, String what, Position position) {
        return new AdqlException("IN_UNIT cannot use " + what + " \"" + text + "\"", position);
    }

    private static Symbol symbol(double factor, boolean prefixable, int... dimensionPowers) {
        int[] powers = new int[DIMENSIONS];
        for (int i = 0; i < dimensionPowers.length; i += 2) {
            powers[dimensionPowers[i]] = dimensionPowers[i + 1];
        }
        return new Symbol(new Unit(factor, powers), prefixable);
    }
}

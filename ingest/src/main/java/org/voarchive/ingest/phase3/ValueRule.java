package org.voarchive.ingest.phase3;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A rule about keyword values within one HDU, as a rules file declares it. A rule whose keywords are
 * absent, or not numbers where it compares numbers, has nothing to say: presence and types are
 * checked separately, so one fault gives one violation.
 */
sealed interface ValueRule {

    void check(HduHeader hdu, List<Violation> out);

    /** {@code <allowed keyword="K"><value>V</value>...</allowed>}: K takes one of the listed values. */
    record Allowed(String keyword, Set<String> values) implements ValueRule {
        @Override
        public void check(HduHeader hdu, List<Violation> out) {
            hdu.text(keyword).filter(v -> !values.contains(v)).ifPresent(v -> out.add(new Violation(hdu.name(),
                    keyword, Violation.BAD_VALUE, keyword + "='" + v + "' is not one of " + values)));
        }
    }

    /** {@code <range keyword="K" min=".." max=".." max-inclusive="false"/>}: K within the bounds. */
    record Range(String keyword, double min, boolean minInclusive, double max, boolean maxInclusive)
            implements ValueRule {
        @Override
        public void check(HduHeader hdu, List<Violation> out) {
            OptionalDouble v = hdu.number(keyword);
            if (v.isEmpty()) {
                return;
            }
            double x = v.getAsDouble();
            boolean above = minInclusive ? x >= min : x > min;
            boolean below = maxInclusive ? x <= max : x < max;
            if (!above || !below) {
                out.add(new Violation(hdu.name(), keyword, Violation.BAD_VALUE, keyword + "=" + x + " is outside "
                        + (minInclusive ? "[" : "(") + min + ", " + max + (maxInclusive ? "]" : ")")));
            }
        }
    }

    /** {@code <order lower="A" upper="B" strict="true"/>}: A &lt; B (strict) or A &le; B. */
    record Order(String lower, String upper, boolean strict) implements ValueRule {
        @Override
        public void check(HduHeader hdu, List<Violation> out) {
            OptionalDouble a = hdu.number(lower);
            OptionalDouble b = hdu.number(upper);
            if (a.isEmpty() || b.isEmpty()) {
                return;
            }
            boolean ok = strict ? a.getAsDouble() < b.getAsDouble() : a.getAsDouble() <= b.getAsDouble();
            if (!ok) {
                out.add(new Violation(hdu.name(), upper, Violation.BAD_VALUE, lower + "=" + a.getAsDouble()
                        + " must be " + (strict ? "below " : "at most ") + upper + "=" + b.getAsDouble()));
            }
        }
    }

    /**
     * {@code <when keyword="K" equals="V" then="K2" must-equal="V2"/>}: where K is V, K2 must be V2
     * (compared as numbers when V2 is one).
     */
    record When(String keyword, String equals, String then, String mustEqual) implements ValueRule {
        @Override
        public void check(HduHeader hdu, List<Violation> out) {
            if (!hdu.text(keyword).map(equals::equals).orElse(false) || !hdu.has(then)) {
                return;
            }
            boolean ok;
            if (isNumber(mustEqual)) {
                OptionalDouble actual = hdu.number(then);
                if (actual.isEmpty()) {
                    return;
                }
                ok = actual.getAsDouble() == Double.parseDouble(mustEqual);
            } else {
                ok = hdu.text(then).map(mustEqual::equals).orElse(false);
            }
            if (!ok) {
                out.add(new Violation(hdu.name(), then, Violation.BAD_VALUE, then + " must be " + mustEqual + " when "
                        + keyword + "='" + equals + "', is " + hdu.text(then).orElse("?")));
            }
        }

        private static boolean isNumber(String text) {
            try {
                Double.parseDouble(text);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}

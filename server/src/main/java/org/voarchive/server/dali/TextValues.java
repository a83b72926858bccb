package org.voarchive.server.dali;

/** Values as text in DALI's serialization: arrays space-separated, NULL and NaN as the empty string. */
final class TextValues {

    private TextValues() {
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof double[] array) {
            StringBuilder s = new StringBuilder();
            for (double d : array) {
                if (s.length() > 0) {
                    s.append(' ');
                }
                s.append(Double.isNaN(d) ? "NaN" : Double.toString(d));
            }
            return s.toString();
        }
        if (value instanceof Double d && d.isNaN() || value instanceof Float f && f.isNaN()) {
            return "";
        }
        return value.toString();
    }
}

package org.voarchive.tap.adql.ast;

import java.util.Locale;
import java.util.Objects;

/**
 * A name as written in the query: a regular identifier, which matches names ignoring case, or a
 * delimited ("quoted") one, which matches exactly.
 *
 * @param text the name without quotes, with a doubled quote inside a delimited identifier undoubled;
 *     never null or empty
 * @param delimited whether it was written in double quotes
 * @param position where it starts
 */
public record Identifier(String text, boolean delimited, Position position) {

    public Identifier {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty identifier");
        }
    }

    /** Whether this identifier designates a stored name under ADQL's case rules. */
    public boolean matches(String name) {
        return delimited ? text.equals(name) : text.equalsIgnoreCase(name);
    }

    /**
     * The name this identifier gives to something it defines (an alias, a common table): regular
     * identifiers fold to lower case, as PostgreSQL and TAP_SCHEMA store them; delimited ones stay as
     * written.
     */
    public String normalized() {
        return delimited ? text : text.toLowerCase(Locale.ROOT);
    }

    /** The identifier as it could be written again, for messages. */
    @Override
    public String toString() {
        return delimited ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

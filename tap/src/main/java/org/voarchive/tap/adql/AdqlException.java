package org.voarchive.tap.adql;

import java.util.Objects;
import org.voarchive.tap.adql.ast.Position;

/**
 * An ADQL query that cannot be run: a syntax error, an unknown or ambiguous table or column, a function
 * called with the wrong arguments, or a feature this service does not support.
 *
 * <p>The message is meant for the user as it is (TAP puts it in the error document) and always names the
 * place: {@code syntax error at line 1, column 15 near "FORM": expected FROM} or
 * {@code unknown column "foo" at line 2, column 8}.
 */
public final class AdqlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String near;

    private AdqlException(String message, int line, int column, String near) {
        super(message);
        this.line = line;
        this.column = column;
        this.near = near;
    }

    /**
     * A problem with a well-formed query.
     *
     * @param problem what is wrong, without the place, for example {@code unknown column "foo"}
     * @param position where it is in the query
     */
    public AdqlException(String problem, Position position) {
        this(problem + " at " + position, position.line(), position.column(), null);
    }

    /**
     * A syntax error.
     *
     * @param line 1-based line of the offending token
     * @param column 1-based column of the offending token
     * @param near the offending token's text, or {@code end of query}
     * @param detail what was expected or found instead
     */
    public static AdqlException syntax(int line, int column, String near, String detail) {
        Objects.requireNonNull(near, "near");
        return new AdqlException("syntax error at line " + line + ", column " + column + " near \"" + near + "\": "
                + detail, line, column, near);
    }

    /** The 1-based line where the problem is. */
    public int line() {
        return line;
    }

    /** The 1-based column where the problem is. */
    public int column() {
        return column;
    }

    /** For a syntax error the offending token as written; null for other problems. */
    public String near() {
        return near;
    }
}

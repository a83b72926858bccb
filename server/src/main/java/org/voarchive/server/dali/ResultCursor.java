package org.voarchive.server.dali;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.voarchive.server.tables.ColumnDescription;

/**
 * A query result read once, row by row, as a writer consumes it.
 *
 * <p>Values are Java objects matching the column's VOTable datatype: {@code String} for char columns
 * (ISO 8601 for xtype timestamp), {@code Boolean}, {@code Short}, {@code Integer}, {@code Long},
 * {@code Float}, {@code Double}, and primitive arrays for array columns ({@code double[]} for DALI
 * points, circles and polygons in degrees); null for NULL. Not thread safe: one writer reads it.
 */
public interface ResultCursor extends AutoCloseable {

    /** The columns, in order; never empty. */
    List<ColumnDescription> columns();

    /**
     * Moves to the next row.
     *
     * @return false at the end of the result, or once as many rows as the caller may have were read
     */
    boolean next() throws IOException;

    /** The value of a column (0-based) in the current row, or null. */
    Object value(int column) throws IOException;

    /**
     * The value of a column in the current row as UTF-8 text in DALI's serialization (arrays
     * space-separated, timestamps ISO 8601, NULL and NaN empty), for the text formats. Implementations may
     * answer it without building the value, even with bytes they will reuse: the caller must not change
     * the array, and may keep it only until the next call.
     */
    default byte[] text(int column) throws IOException {
        return TextValues.format(value(column)).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether rows were left out because of the row limit (MAXREC); meaningful once {@link #next()} is false. */
    boolean overflowed();

    @Override
    void close() throws IOException;
}

package org.voarchive.db.query;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGResultSetMetaData;
import org.postgresql.PGStatement;
import org.voarchive.server.dali.ResultCursor;
import org.voarchive.server.tables.ColumnDescription;

/**
 * A user query running on its own connection and transaction, as the read-only role, read through a
 * server-side cursor ({@link #FETCH_SIZE} rows at a time) so that memory stays flat whatever the row
 * count. Values are converted to what {@link ResultCursor} promises for each column's datatype.
 *
 * <p>Open it with {@link #open}; always close it, which ends the transaction and returns the connection.
 */
public final class JdbcResultCursor implements ResultCursor {

    static final int FETCH_SIZE = 10_000;
    private static final byte[] EMPTY = new byte[0];
    private static final String TEXT_ROWS = "/* rows as text */ ";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final List<ColumnDescription> columns;
    private final boolean[] binary;
    private final long maxRows;
    private long delivered;
    private boolean overflowed;

    private JdbcResultCursor(Connection connection, PreparedStatement statement, ResultSet rows,
            List<ColumnDescription> columns, long maxRows) throws SQLException {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
        PGResultSetMetaData wire = rows.getMetaData().unwrap(PGResultSetMetaData.class);
        this.binary = new boolean[columns.size()];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = wire.getFormat(i + 1) == 1;
        }
    }

    /**
     * Starts the query.
     *
     * @param sql SQL produced by the translator from an ADQL query, never text from a user
     * @param columns descriptions of the result columns, in order
     * @throws QueryFailedException when the database refuses the query or runs out of time before the first row
     */
    public static JdbcResultCursor open(DataSource dataSource, String sql, List<ColumnDescription> columns,
            QueryLimits limits) throws QueryFailedException {
        return open(dataSource, sql, columns, limits, QuerySetup.NONE);
    }

    /**
     * Starts the query after preparing its session (as the read-only role, in its transaction).
     *
     * @param setup what to do on the connection first, such as loading uploaded tables
     * @throws QueryFailedException when the setup or the query fails, or time runs out before the first row
     */
    public static JdbcResultCursor open(DataSource dataSource, String sql, List<ColumnDescription> columns,
            QueryLimits limits, QuerySetup setup) throws QueryFailedException {
        return open(dataSource, sql, columns, limits, setup, false);
    }

    /**
     * Starts the query, choosing how rows come over the wire.
     *
     * @param asText true when the rows will be written as text (CSV, TSV): they then come in PostgreSQL's
     *     own text form, which {@link #text(int)} passes on, instead of being decoded and formatted again
     *     (about a third faster for rows of numbers)
     */
    public static JdbcResultCursor open(DataSource dataSource, String sql, List<ColumnDescription> columns,
            QueryLimits limits, QuerySetup setup, boolean asText) throws QueryFailedException {
        Connection c = null;
        PreparedStatement s = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            ReaderSession.enter(c, limits.readerRole(), limits.timeout(), limits.caller());
            setup.prepare(c);
            // The driver keeps prepared statements per connection by their SQL text; a statement it
            // prepared for binary rows would serve the same SQL asked for as text. Text queries are
            // therefore told apart by a comment.
            s = c.prepareStatement(asText ? TEXT_ROWS + sql : sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            s.setFetchSize(FETCH_SIZE);
            // Binary results spare parsing numbers and timestamps from text; text results spare formatting
            // them again for CSV. A negative threshold makes the driver ask for binary at once. A threshold
            // of 0 never prepares on the server, so a text query stays text however often a pooled
            // connection runs it (the driver switches statements it has prepared to binary rows, and
            // text() passes the wire bytes on as they are).
            s.unwrap(PGStatement.class).setPrepareThreshold(asText ? 0 : -1);
            ResultSet r = s.executeQuery();
            if (r.getMetaData().getColumnCount() != columns.size()) {
                throw new IllegalStateException("the query returns " + r.getMetaData().getColumnCount()
                        + " columns but " + columns.size() + " are described");
            }
            return new JdbcResultCursor(c, s, r, columns, limits.maxRows());
        } catch (SQLException e) {
            release(c, s);
            throw failure(e, limits);
        }
    }

    @Override
    public List<ColumnDescription> columns() {
        return columns;
    }

    @Override
    public boolean next() throws IOException {
        try {
            if (delivered >= maxRows) {
                overflowed = overflowed || rows.next();
                return false;
            }
            if (!rows.next()) {
                return false;
            }
            delivered++;
            return true;
        } catch (SQLException e) {
            throw new IOException(userMessage(e), e);
        }
    }

    @Override
    public Object value(int column) throws IOException {
        try {
            return convert(rows.getObject(column + 1), columns.get(column));
        } catch (SQLException e) {
            throw new IOException(userMessage(e), e);
        }
    }

    /**
     * PostgreSQL's text for the cell, as the driver received it, changed only where DALI's text differs:
     * timestamps get their 'T', arrays lose their braces and commas, NaN is empty. Numbers and strings
     * pass without being decoded into Java strings and encoded again.
     */
    @Override
    public byte[] text(int column) throws IOException {
        try {
            if (binary[column]) {
                // a cursor opened for the binary formats and read as text after all: the wire
                // bytes are not text, so the value is formatted from what the driver decodes
                return ResultCursor.super.text(column);
            }
            byte[] raw = rows.getBytes(column + 1);
            if (raw == null) {
                return EMPTY;
            }
            ColumnDescription c = columns.get(column);
            if ("timestamp".equals(c.xtype())) {
                byte[] iso = raw.clone();
                for (int i = 0; i < iso.length; i++) {
                    if (iso[i] == ' ') {
                        iso[i] = 'T';
                    }
                }
                return iso;
            }
            if (c.arraysize() != null && !c.datatype().endsWith("har") && raw.length > 0 && raw[0] == '{') {
                String array = new String(raw, 1, raw.length - 2, StandardCharsets.US_ASCII);
                return array.replace("NULL", "NaN").replace(',', ' ').getBytes(StandardCharsets.US_ASCII);
            }
            return raw.length == 3 && raw[0] == 'N' && raw[1] == 'a' && raw[2] == 'N' ? EMPTY : raw;
        } catch (SQLException e) {
            throw new IOException(userMessage(e), e);
        }
    }

    @Override
    public boolean overflowed() {
        return overflowed;
    }

    /**
     * Asks the database to stop the query, from any thread; the reading thread then fails with an
     * {@link IOException}.
     */
    public void cancel() {
        try {
            statement.cancel();
        } catch (SQLException ignored) {
            // the query has ended or the connection is gone: nothing left to stop
        }
    }

    /** How many rows were delivered so far. */
    public long rowCount() {
        return delivered;
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (SQLException ignored) {
            // the statement and connection are released below either way
        }
        release(connection, statement);
    }

    static Object convert(Object value, ColumnDescription column) throws SQLException {
        if (value == null) {
            return null;
        }
        String datatype = column.datatype();
        // the common cases first, without re-boxing: this runs for every cell of every row
        if (value instanceof Double && datatype.equals("double") || value instanceof String && datatype.endsWith("har")
                || value instanceof Long && datatype.equals("long") || value instanceof Integer && datatype.equals("int")) {
            return value;
        }
        if (value instanceof Timestamp t) {
            return TIMESTAMP.format(t.toLocalDateTime());
        }
        if (value instanceof Array array && array.getArray() instanceof Object[] boxed) {
            return primitive(boxed, datatype);
        }
        return switch (datatype) {
            case "double" -> value instanceof Number n ? n.doubleValue() : value;
            case "float" -> value instanceof Number n ? n.floatValue() : value;
            case "long" -> value instanceof Number n ? n.longValue() : value;
            case "int" -> value instanceof Number n ? n.intValue() : value;
            case "short" -> value instanceof Number n ? n.shortValue() : value;
            case "boolean" -> value instanceof Boolean ? value : Boolean.valueOf(value.toString());
            case "char", "unicodeChar" -> value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            default -> value;
        };
    }

    /** An SQL array as the primitive array its VOTable datatype calls for; NULL elements become NaN or 0. */
    private static Object primitive(Object[] boxed, String datatype) {
        int n = boxed.length;
        switch (datatype) {
            case "float" -> {
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = boxed[i] == null ? Float.NaN : ((Number) boxed[i]).floatValue();
                }
                return out;
            }
            case "long" -> {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = boxed[i] == null ? 0 : ((Number) boxed[i]).longValue();
                }
                return out;
            }
            case "int" -> {
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = boxed[i] == null ? 0 : ((Number) boxed[i]).intValue();
                }
                return out;
            }
            case "short" -> {
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    out[i] = boxed[i] == null ? 0 : ((Number) boxed[i]).shortValue();
                }
                return out;
            }
            case "boolean" -> {
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = Boolean.TRUE.equals(boxed[i]);
                }
                return out;
            }
            default -> {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = boxed[i] == null ? Double.NaN : ((Number) boxed[i]).doubleValue();
                }
                return out;
            }
        }
    }

    private static void release(Connection c, PreparedStatement s) {
        try {
            if (s != null) {
                s.close();
            }
        } catch (SQLException ignored) {
            // closing the connection below releases it too
        }
        if (c != null) {
            try {
                c.rollback();
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // a broken connection is discarded by the pool on close
            }
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing more can be done with it
            }
        }
    }

    private static QueryFailedException failure(SQLException e, QueryLimits limits) {
        boolean timedOut = "57014".equals(e.getSQLState());
        String message = timedOut
                ? "the query ran longer than its time limit of " + limits.timeout().toSeconds()
                        + " s and was cancelled; narrow it down or run it asynchronously"
                : userMessage(e);
        return new QueryFailedException(message, timedOut, e);
    }

    /** PostgreSQL's own message without its "ERROR:" prefix and position hints, which refer to translated SQL. */
    static String userMessage(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceFirst("^ERROR: ", "");
        int position = message.indexOf("\n  Position:");
        if (position >= 0) {
            message = message.substring(0, position);
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}

package org.voarchive.db.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.voarchive.db.migration.SchemaMigration;

/**
 * A fresh PostgreSQL database for one test class, cloned from {@code archive_template} (which carries
 * pgSphere; {@code ./archive} creates it) and dropped again on {@link #close()}, or at the latest when
 * the JVM exits, so that a test class that fails before its clean-up leaves nothing behind.
 *
 * <p>It connects as the archive owner given by {@code ARCHIVE_DB_URL}, {@code ARCHIVE_DB_USER} and
 * {@code ARCHIVE_DB_PASSWORD}, with the same defaults as the launcher.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String READER_ROLE = env("ARCHIVE_DB_READER_ROLE", "archive_reader");
    private static final String URL = env("ARCHIVE_DB_URL", "jdbc:postgresql://localhost:5432/archive");
    private static final String USER = env("ARCHIVE_DB_USER", "archive");
    private static final String PASSWORD = env("ARCHIVE_DB_PASSWORD", "archive");

    private final String name;
    private final PGSimpleDataSource dataSource;

    private final Thread dropAtExit = new Thread(this::dropQuietly, "drop test database");

    private TestDatabase(String name) {
        this.name = name;
        Runtime.getRuntime().addShutdownHook(dropAtExit);
        this.dataSource = new PGSimpleDataSource();
        dataSource.setURL(urlOf(name));
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
    }

    /** Creates an empty database with pgSphere enabled. */
    public static TestDatabase create() throws SQLException {
        return create("archive_template");
    }

    /** Creates an empty database from the given template ({@code template0} has no pgSphere). */
    public static TestDatabase create(String template) throws SQLException {
        String name = "archive_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(urlOf("postgres"), USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        }
        return new TestDatabase(name);
    }

    /** Creates a database and applies every migration. */
    public static TestDatabase migrated() throws SQLException {
        TestDatabase db = create();
        new SchemaMigration(db.dataSource(), READER_ROLE).migrate();
        return db;
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The JDBC URL of this database. */
    public String url() {
        return urlOf(name);
    }

    /** The first column of the first row of a query, as a long; for counts in assertions. */
    public long scalar(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new SQLException("no row from: " + sql);
            }
            return r.getLong(1);
        }
    }

    /**
     * Releases every row now (release dates in the future move to the past), for tests about queries
     * rather than access: the query role sees only released rows, and the demo holdings' latest
     * observations are still proprietary, fewer of them every day.
     */
    public void releaseEverything() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE ivoa.obscore SET obs_release_date = '2000-01-01' WHERE obs_release_date > now() AT TIME ZONE 'UTC'");
            s.execute("UPDATE archive.files SET release_date = '2000-01-01' WHERE release_date > now() AT TIME ZONE 'UTC'");
        }
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    @Override
    public void close() throws SQLException {
        drop();
        try {
            Runtime.getRuntime().removeShutdownHook(dropAtExit);
        } catch (IllegalStateException exiting) {
            // already shutting down: the hook is running or has run
        }
    }

    private void dropQuietly() {
        try {
            drop();
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private void drop() throws SQLException {
        try (Connection c = DriverManager.getConnection(urlOf("postgres"), USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static String urlOf(String database) {
        String rest = URL.substring("jdbc:postgresql://".length());
        int slash = rest.indexOf('/');
        int query = rest.indexOf('?');
        return "jdbc:postgresql://" + rest.substring(0, slash) + "/" + database
                + (query >= 0 ? rest.substring(query) : "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package org.voarchive.db.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.voarchive.server.config.ArchiveConfig;

/**
 * The connection pool to the archive database, configured from {@link ArchiveConfig} (so from
 * {@code ARCHIVE_DB_URL}, {@code ARCHIVE_DB_USER}, {@code ARCHIVE_DB_PASSWORD}). It is created lazily and
 * never fails at start-up: a database that is down makes {@code getConnection()} fail after a few seconds,
 * which availability reports, and the pool recovers by itself when the database returns.
 */
@ApplicationScoped
public class ConnectionPool {

    @Inject
    ArchiveConfig config;

    private HikariDataSource pool;

    @Produces
    @ApplicationScoped
    synchronized DataSource dataSource() {
        if (pool == null) {
            pool = open("archive", config.databaseUrl(), config.databaseUser(), config.databasePassword(),
                    config.poolSize());
        }
        return pool;
    }

    /**
     * A pool to the archive database as the server and the command-line tools both use it. It never fails
     * when created: a database that is down makes {@code getConnection()} fail after a few seconds.
     */
    public static HikariDataSource open(String name, String url, String user, String password, int size) {
        HikariConfig c = new HikariConfig();
        c.setPoolName(name);
        c.setDriverClassName("org.postgresql.Driver");
        c.setJdbcUrl(url);
        c.setUsername(user);
        c.setPassword(password);
        c.setMaximumPoolSize(size);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(5_000);
        c.setInitializationFailTimeout(-1);
        c.addDataSourceProperty("ApplicationName", "voarchive");
        c.addDataSourceProperty("connectTimeout", "5");
        // batches (a frame's header keywords, QC values) go as multi-row INSERTs, not a row per statement
        c.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(c);
    }

    @PreDestroy
    synchronized void close() {
        if (pool != null) {
            pool.close();
        }
    }
}

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
            HikariConfig c = new HikariConfig();
            c.setPoolName("archive");
            c.setDriverClassName("org.postgresql.Driver");
            c.setJdbcUrl(config.databaseUrl());
            c.setUsername(config.databaseUser());
            c.setPassword(config.databasePassword());
            c.setMaximumPoolSize(config.poolSize());
            c.setMinimumIdle(1);
            c.setConnectionTimeout(5_000);
            c.setInitializationFailTimeout(-1);
            c.addDataSourceProperty("ApplicationName", "voarchive");
            c.addDataSourceProperty("connectTimeout", "5");
            // batches (a frame's header keywords, QC values) go as multi-row INSERTs, not a row per statement
            c.addDataSourceProperty("reWriteBatchedInserts", "true");
            pool = new HikariDataSource(c);
        }
        return pool;
    }

    @PreDestroy
    synchronized void close() {
        if (pool != null) {
            pool.close();
        }
    }
}

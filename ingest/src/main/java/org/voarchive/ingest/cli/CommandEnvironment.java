package org.voarchive.ingest.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.voarchive.db.pool.ConnectionPool;
import org.voarchive.ingest.notify.NoticeDispatcher;
import org.voarchive.ingest.pipeline.IngestSettings;

/**
 * The settings a command takes from the environment, named as the launcher names them
 * ({@code ARCHIVE_DB_URL}, {@code ARCHIVE_DATA_DIR}, ...), with the same defaults as the server.
 */
record CommandEnvironment(String dbUrl, String dbUser, String dbPassword, String readerRole, IngestSettings settings,
        Notifying notifying) {

    /** How subscribers hear of new products, as the server's {@code ARCHIVE_NOTIFY_*} settings say. */
    record Notifying(Optional<String> smtpHost, int smtpPort, String from, Duration timeout, String archive) {
    }

    static CommandEnvironment from(Map<String, String> env) {
        String port = env.getOrDefault("ARCHIVE_PORT", "8080");
        String base = env.getOrDefault("ARCHIVE_BASE_URL", "http://localhost:" + port + "/");
        String authority = env.getOrDefault("ARCHIVE_AUTHORITY", "voarchive.example");
        return new CommandEnvironment(
                env.getOrDefault("ARCHIVE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/archive"),
                env.getOrDefault("ARCHIVE_DB_USER", "archive"),
                env.getOrDefault("ARCHIVE_DB_PASSWORD", "archive"),
                env.getOrDefault("ARCHIVE_DB_READER_ROLE", "archive_reader"),
                new IngestSettings(
                        Path.of(env.getOrDefault("ARCHIVE_DATA_DIR", System.getProperty("user.home") + "/voarchive-data")),
                        authority,
                        URI.create(base.endsWith("/") ? base : base + "/"),
                        Integer.parseInt(env.getOrDefault("ARCHIVE_INGEST_PROPRIETARY_MONTHS",
                                Integer.toString(IngestSettings.DEFAULT_PROPRIETARY_MONTHS))),
                        env.getOrDefault("ARCHIVE_INGEST_REDUCER", "auto"),
                        Integer.parseInt(env.getOrDefault("ARCHIVE_INGEST_WORKERS",
                                Integer.toString(IngestSettings.defaultWorkers())))),
                new Notifying(Optional.ofNullable(env.get("ARCHIVE_NOTIFY_SMTP_HOST")).filter(h -> !h.isBlank()),
                        Integer.parseInt(env.getOrDefault("ARCHIVE_NOTIFY_SMTP_PORT", "25")),
                        env.getOrDefault("ARCHIVE_NOTIFY_FROM", "archive@" + authority),
                        Duration.ofSeconds(Long.parseLong(env.getOrDefault("ARCHIVE_NOTIFY_TIMEOUT", "10"))),
                        env.getOrDefault("ARCHIVE_TITLE", "VO Archive")));
    }

    /** Sends programmes' notices to their subscribers in the archive's database. */
    NoticeDispatcher dispatcher(DataSource ds) {
        return NoticeDispatcher.of(ds, notifying.smtpHost(), notifying.smtpPort(), notifying.from(), notifying.timeout(),
                notifying.archive());
    }

    /** A small pool: every stage is a transaction of its own, and a new connection for each would cost more than the stage. */
    HikariDataSource dataSource() {
        return ConnectionPool.open("archive-command", dbUrl, dbUser, dbPassword, 4);
    }
}

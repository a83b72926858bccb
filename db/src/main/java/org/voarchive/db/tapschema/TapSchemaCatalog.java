package org.voarchive.db.tapschema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.voarchive.server.tables.SchemaDescription;
import org.voarchive.server.tables.TableCatalog;

/**
 * TAP_SCHEMA, read at most every {@link #MAX_AGE} and shared by every request in between.
 *
 * <p>When TAP_SCHEMA cannot be read, {@link #schemas()} throws {@link CatalogUnavailableException}
 * rather than answering with nothing, so that no client takes an outage for an empty archive.
 */
@ApplicationScoped
public class TapSchemaCatalog implements TableCatalog {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    private volatile Snapshot snapshot;

    private record Snapshot(List<SchemaDescription> schemas, Instant readAt) {
    }

    @Override
    public List<SchemaDescription> schemas() {
        Snapshot current = snapshot;
        if (current == null || current.readAt().plus(MAX_AGE).isBefore(Instant.now())) {
            current = refresh();
        }
        return current.schemas();
    }

    private synchronized Snapshot refresh() {
        Snapshot current = snapshot;
        if (current != null && !current.readAt().plus(MAX_AGE).isBefore(Instant.now())) {
            return current;
        }
        try (Connection c = dataSource.getConnection()) {
            snapshot = new Snapshot(TapSchemaReader.read(c), Instant.now());
            return snapshot;
        } catch (SQLException e) {
            throw new CatalogUnavailableException("TAP_SCHEMA cannot be read: " + e.getMessage(), e);
        }
    }

    /** TAP_SCHEMA could not be read; the message says why. */
    public static final class CatalogUnavailableException extends RuntimeException {
        CatalogUnavailableException(String message, SQLException cause) {
            super(message, cause);
        }
    }
}

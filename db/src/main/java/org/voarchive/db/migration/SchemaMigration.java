package org.voarchive.db.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database up to the current schema with the Flyway migrations on the classpath. Safe to run
 * at every start and from several processes at once: Flyway takes a lock, and applied migrations are
 * never run again.
 */
public final class SchemaMigration {

    /** Where the migrations live on the classpath. */
    public static final String LOCATION = "classpath:db/migration";

    private final DataSource dataSource;
    private final String readerRole;

    /**
     * @param dataSource connections as the schema owner
     * @param readerRole the read-only role that user queries run as; granted read access by the migrations
     */
    public SchemaMigration(DataSource dataSource, String readerRole) {
        this.dataSource = dataSource;
        this.readerRole = readerRole;
    }

    /**
     * Applies every pending migration.
     *
     * @return the schema version afterwards
     * @throws org.flywaydb.core.api.FlywayException when a migration fails; its message says why (for
     *     example that pgSphere is not installed)
     */
    public String migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // the schema owner's role is called "archive" like the archive schema, so the default
                // search path ("$user", public) would move Flyway's history once that schema exists
                .defaultSchema("public")
                .placeholders(java.util.Map.of("readerRole", readerRole))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }
}

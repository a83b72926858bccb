package org.voarchive.server.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.coverage.CoverageService;
import org.voarchive.server.coverage.HoldingsCoverage;
import org.voarchive.server.tables.TableCatalog;
import org.voarchive.server.vosi.CapabilityRegistry;

/**
 * The repository as of now: settings from the configuration, capabilities from what the deployed modules
 * register, tables from TAP_SCHEMA and coverage from the holdings, each read through its own cache.
 */
@ApplicationScoped
public class RegistryService {

    @Inject
    ArchiveConfig config;

    @Inject
    CapabilityRegistry capabilities;

    @Inject
    TableCatalog tables;

    @Inject
    CoverageService coverage;

    /** The settings the records are made from. */
    public RegistrySettings settings() {
        return new RegistrySettings(config.authority(), config.title(), config.registryPublisher(),
                config.registryContactName(), config.registryContactEmail(), config.registryDescription().orElse(null),
                config.registryUpdated(), config.registryPageSize());
    }

    /**
     * The repository with every record.
     *
     * @param base the archive's public base URL, ending in a slash
     * @throws org.voarchive.server.coverage.CoverageUnavailableException when the holdings cannot be read
     */
    public OaiRepository repository(URI base) {
        RegistrySettings s = settings();
        // the coverage first: when the database is down it says so as CoverageUnavailableException
        HoldingsCoverage now = coverage.current();
        var records = RegistryRecords.build(s, capabilities.all(), tables.schemas(), now, base);
        return new OaiRepository(base.resolve("oai"), s.title() + " publishing registry", s.contactEmail(),
                s.registryId(), records, s.pageSize());
    }
}

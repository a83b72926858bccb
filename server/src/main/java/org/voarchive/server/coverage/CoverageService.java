package org.voarchive.server.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.voarchive.server.config.ArchiveConfig;

/**
 * The current coverage, recomputed only when the holdings changed: each call asks the source for its
 * fingerprint (one cheap query) and computes the MOC again only when that differs from the last one.
 */
@ApplicationScoped
public class CoverageService {

    @Inject
    CoverageSource source;

    @Inject
    ArchiveConfig config;

    private volatile Computed last;

    private record Computed(String fingerprint, HoldingsCoverage coverage) {
    }

    /**
     * The coverage of the released products as of now.
     *
     * @throws CoverageUnavailableException when the holdings cannot be read
     */
    public HoldingsCoverage current() {
        String fingerprint = source.fingerprint();
        Computed known = last;
        if (known != null && known.fingerprint().equals(fingerprint)) {
            return known.coverage();
        }
        return recompute(fingerprint);
    }

    private synchronized HoldingsCoverage recompute(String fingerprint) {
        Computed known = last;
        if (known != null && known.fingerprint().equals(fingerprint)) {
            return known.coverage();
        }
        HoldingsCoverage coverage = source.compute(config.coverageOrder());
        last = new Computed(fingerprint, coverage);
        return coverage;
    }
}

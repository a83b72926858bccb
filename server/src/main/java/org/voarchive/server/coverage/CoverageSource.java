package org.voarchive.server.coverage;

/**
 * Where the coverage of the released holdings comes from (the database, with pgSphere). The db module
 * provides the one implementation as a CDI bean.
 *
 * <p>Implementations are thread safe. Both methods see only released products, whoever calls. When the
 * holdings cannot be read they throw {@link CoverageUnavailableException}, never answer with an empty
 * coverage that a harvester would take for an empty archive.
 */
public interface CoverageSource {

    /**
     * A cheap fingerprint of the released products that changes whenever one is published, withdrawn or
     * reaches its release date; equal fingerprints mean {@link #compute} would answer the same. Never null.
     */
    String fingerprint();

    /**
     * Computes the coverage now.
     *
     * @param order the spatial MOC's maximum order, 0 to 29
     * @return the coverage; its MOC is empty when nothing is released
     */
    HoldingsCoverage compute(int order);
}

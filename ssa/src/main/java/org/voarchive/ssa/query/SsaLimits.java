package org.voarchive.ssa.query;

/**
 * What the SSA service allows, as its capability advertises it.
 *
 * @param defaultSize the SIZE (diameter, degrees) used when the client gives none
 * @param maxSearchRadius the largest search radius, degrees: SIZE may be at most twice this
 * @param defaultMaxrec rows returned without MAXREC
 * @param hardMaxrec rows returned at most
 */
public record SsaLimits(double defaultSize, double maxSearchRadius, long defaultMaxrec, long hardMaxrec) {
}

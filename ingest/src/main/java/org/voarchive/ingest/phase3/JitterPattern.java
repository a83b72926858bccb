package org.voarchive.ingest.phase3;

/**
 * How an infrared image was exposed, for the imaging keywords Phase 3 requires of IR products.
 *
 * @param ndit     sub-integrations averaged per exposure (NDIT)
 * @param njitter  jitter positions (NJITTER)
 * @param noffsets sky offset positions (NOFFSETS)
 * @param nustep   microstep positions (NUSTEP)
 */
public record JitterPattern(int ndit, int njitter, int noffsets, int nustep) {

    public JitterPattern {
        if (ndit < 1 || njitter < 1 || noffsets < 0 || nustep < 1) {
            throw new IllegalArgumentException("impossible jitter pattern: NDIT=" + ndit + " NJITTER=" + njitter
                    + " NOFFSETS=" + noffsets + " NUSTEP=" + nustep);
        }
    }
}

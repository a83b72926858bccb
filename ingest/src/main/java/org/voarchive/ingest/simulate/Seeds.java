package org.voarchive.ingest.simulate;

import java.util.SplittableRandom;

/**
 * Random streams named by what they are for, so that a frame's noise depends only on the run's seed
 * and the frame's identity, never on the order in which frames are painted.
 */
final class Seeds {

    private Seeds() {
    }

    static SplittableRandom random(long seed, String... names) {
        long h = 0xcbf29ce484222325L ^ mix(seed);
        for (String name : names) {
            for (int i = 0; i < name.length(); i++) {
                h = (h ^ name.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ 0x1f) * 0x100000001b3L;
        }
        return new SplittableRandom(mix(h));
    }

    static double uniform(SplittableRandom random, double lo, double hi) {
        return lo + random.nextDouble() * (hi - lo);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

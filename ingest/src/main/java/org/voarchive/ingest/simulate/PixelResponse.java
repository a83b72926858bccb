package org.voarchive.ingest.simulate;

import java.util.SplittableRandom;

/**
 * A fixed pixel-to-pixel sensitivity map around 1.0, the same for every frame it is applied to, so that
 * dividing by a master flat removes it.
 */
final class PixelResponse {

    private PixelResponse() {
    }

    /**
     * @param rms relative pixel-to-pixel scatter, e.g. 0.02 for 2 %
     * @param names what the map belongs to (setup and chip), so that the same names give the same map
     */
    static float[][] map(long seed, int height, int width, double rms, String... names) {
        SplittableRandom random = Seeds.random(seed, names);
        float[][] map = new float[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                map[y][x] = (float) (1 + rms * random.nextGaussian());
            }
        }
        return map;
    }
}

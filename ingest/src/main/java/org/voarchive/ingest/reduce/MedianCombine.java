package org.voarchive.ingest.reduce;

import java.util.List;

import org.voarchive.ingest.pixels.Image;

/** Pixel-by-pixel median of a stack of equally sized images, with one small scratch array for the whole stack. */
final class MedianCombine {

    private MedianCombine() {
    }

    static Image of(List<Image> stack) {
        Image first = stack.get(0);
        for (Image image : stack) {
            first.requireSameSize(image);
        }
        int n = stack.size();
        float[] scratch = new float[n];
        float[] out = new float[first.data().length];
        for (int i = 0; i < out.length; i++) {
            for (int k = 0; k < n; k++) {
                float v = stack.get(k).data()[i];
                int j = k;
                while (j > 0 && scratch[j - 1] > v) {
                    scratch[j] = scratch[j - 1];
                    j--;
                }
                scratch[j] = v;
            }
            out[i] = n % 2 == 1 ? scratch[n / 2] : 0.5f * (scratch[n / 2 - 1] + scratch[n / 2]);
        }
        return new Image(first.width(), first.height(), out);
    }
}

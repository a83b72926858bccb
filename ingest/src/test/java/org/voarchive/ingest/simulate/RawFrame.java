package org.voarchive.ingest.simulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.ImageHDU;

import org.voarchive.ingest.frame.Keywords;

/** A written frame read back with nom-tam-fits: typed keywords per HDU and images in physical ADU. */
record RawFrame(List<Keywords> headers, List<int[][]> images) {

    static RawFrame read(Path file) throws Exception {
        List<Keywords> headers = new ArrayList<>();
        List<int[][]> images = new ArrayList<>();
        try (Fits fits = new Fits(file.toFile())) {
            for (BasicHDU<?> hdu : fits.read()) {
                headers.add(keywords(hdu.getHeader()));
                if (hdu instanceof ImageHDU image && hdu.getHeader().getIntValue("NAXIS") == 2) {
                    short[][] raw = (short[][]) image.getData().getData();
                    int[][] adu = new int[raw.length][raw[0].length];
                    for (int y = 0; y < raw.length; y++) {
                        for (int x = 0; x < raw[y].length; x++) {
                            adu[y][x] = raw[y][x] + 32768;
                        }
                    }
                    images.add(adu);
                }
            }
        }
        return new RawFrame(headers, images);
    }

    Keywords primary() {
        return headers.get(0);
    }

    private static Keywords keywords(Header header) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (var it = header.iterator(); it.hasNext(); ) {
            HeaderCard card = it.next();
            Class<?> type = card.valueType();
            if (card.getKey() == null || type == null || card.isCommentStyleCard()) {
                continue;
            }
            Object value;
            if (type == String.class) {
                value = card.getValue();
            } else if (type == Boolean.class) {
                value = card.getValue(Boolean.class, null);
            } else if (type == Integer.class || type == Long.class || type == java.math.BigInteger.class) {
                value = card.getValue(Long.class, null);
            } else {
                value = card.getValue(Double.class, null);
            }
            values.put(Keywords.normalize(card.getKey()), value);
        }
        return Keywords.of(values);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Standard deviation after iteratively clipping values beyond four sigma of the median: robust to hot
     * pixels, and unlike the MAD not quantised by integer ADU.
     */
    static double robustSigma(double[] values) {
        double centre = median(values);
        double sigma = Double.MAX_VALUE;
        for (int iteration = 0; iteration < 5; iteration++) {
            double sum = 0;
            double sum2 = 0;
            int n = 0;
            for (double v : values) {
                if (Math.abs(v - centre) <= 4 * sigma) {
                    sum += v;
                    sum2 += v * v;
                    n++;
                }
            }
            centre = sum / n;
            sigma = Math.sqrt(sum2 / n - centre * centre);
        }
        return sigma;
    }
}

package org.voarchive.facets.search;

import java.time.Instant;
import org.voarchive.facets.index.ProductDocument;

/** Small hand-made products for tests: every field that matters to a test is an argument. */
final class Products {

    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    static final Instant PAST = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant FUTURE = Instant.parse("2027-06-01T00:00:00Z");

    private Products() {
    }

    static ProductDocument spectrum(String id, String instrument, String target, double ra, double dec, Double snr,
                                    double emMinNm, double emMaxNm, Instant released, String programme) {
        return new ProductDocument("ivo://test/ID?" + id, id, target + " " + instrument + " spectrum", target,
                target.startsWith("HD") ? "star" : null, instrument, instrument, "spectrum", 2, programme, ra, dec, snr,
                40000.0, emMinNm * 1e-9, emMaxNm * 1e-9, 1200.0, null, 60400.5, released,
                "http://x/files/" + id + ".fits", id + ".fits");
    }

    static ProductDocument image(String id, String instrument, String target, double ra, double dec, Double maglim,
                                 double mjd, Instant released) {
        return new ProductDocument("ivo://test/ID?" + id, id, target + " " + instrument + " image", target, null,
                instrument, instrument, "image", 3, "099.A-0001", ra, dec, null, null, 1.17e-6, 1.33e-6, 600.0, maglim,
                mjd, released, "http://x/files/" + id + ".fits", null);
    }
}

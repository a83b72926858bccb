package org.voarchive.ingest.publish;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.voarchive.db.obscore.ObsCoreRecord;
import org.voarchive.db.obscore.SkyPolygon;
import org.voarchive.ingest.frame.Keywords;

/**
 * From a Phase 3 product's primary header to its {@code ivoa.obscore} row, following the ESO mapping
 * (eso-data-spec.md section 3): PRODCATG to dataproduct_type, WAVELMIN/MAX in nm to em_min/max in
 * metres, APERTURE to s_fov, OBID1 to obs_id, PRODLVL (2 for pipeline products) to calib_level.
 * Reading the written header, rather than the reducer's figures, makes the row say exactly what the
 * delivered file says.
 */
public final class ObsCoreMapping {

    private static final double NM = 1e-9;

    /** Where the row's identifiers and links point. */
    public record Publisher(String authority, URI baseUrl) {
    }

    private ObsCoreMapping() {
    }

    public static ObsCoreRecord map(Keywords p, String arcfile, long sizeBytes, Instant created, Instant released,
                                    Publisher publisher) {
        String prodcatg = p.text("PRODCATG").orElseThrow().strip();
        boolean spectrum = prodcatg.equals("SCIENCE.SPECTRUM");
        String dpId = arcfile.endsWith(".fits") ? arcfile.substring(0, arcfile.length() - ".fits".length()) : arcfile;
        double ra = p.number("RA").orElseThrow();
        double dec = p.number("DEC").orElseThrow();
        double mjdObs = p.number("MJD-OBS").orElseThrow();
        double mjdEnd = p.number("MJD-END").orElse(mjdObs);
        String instrument = text(p, "INSTRUME");
        Double emMin;
        Double emMax;
        Double fov;
        SkyPolygon region;
        Double pixelScale = null;
        Long xel1 = null;
        Long xel2 = null;
        Double resolution = null;
        if (spectrum) {
            emMin = p.number("WAVELMIN").map(v -> v * NM).orElse(null);
            emMax = p.number("WAVELMAX").map(v -> v * NM).orElse(null);
            fov = p.number("APERTURE").orElse(null);
            double side = fov == null ? 1.0 / 3600 : fov;
            region = SkyPolygon.rectangle(ra, dec, side, side, 0);
        } else {
            double[] band = Band.of(text(p, "FILTER"));
            emMin = band == null ? null : band[0];
            emMax = band == null ? null : band[1];
            long nx = p.number("NAXIS1").orElseThrow().longValue();
            long ny = p.number("NAXIS2").orElseThrow().longValue();
            double scale = Math.hypot(p.number("CD1_1").orElseThrow(), p.number("CD2_1").orElse(0.0));
            double xi = p.number("CD1_1").orElseThrow() * ((nx + 1) / 2.0 - p.number("CRPIX1").orElseThrow());
            double eta = p.number("CD2_2").orElseThrow() * ((ny + 1) / 2.0 - p.number("CRPIX2").orElseThrow());
            double centreDec = p.number("CRVAL2").orElseThrow() + eta;
            double centreRa = ((p.number("CRVAL1").orElseThrow() + xi / Math.cos(Math.toRadians(centreDec))) % 360 + 360) % 360;
            region = SkyPolygon.rectangle(centreRa, centreDec, nx * scale, ny * scale, 0);
            fov = Math.hypot(nx, ny) * scale;
            pixelScale = scale * 3600;
            xel1 = nx;
            xel2 = ny;
            resolution = p.number("PSF_FWHM").orElse(null);
        }
        return new ObsCoreRecord(
                spectrum ? "spectrum" : "image", prodcatg, p.number("PRODLVL").map(Double::intValue).orElse(2),
                instrument, p.number("OBID1").map(v -> Long.toString(v.longValue())).orElse(dpId),
                p.text("TITLE").map(String::strip).orElse(text(p, "OBJECT") + " " + instrument + " " + prodcatg),
                "ivo://" + publisher.authority() + "/ID?" + dpId, null, p.text("PI-COI").map(String::strip).orElse(null),
                created, released, "ivo://" + publisher.authority(),
                p.text("REFERENC").map(String::strip).filter(s -> !s.isEmpty()).orElse(null),
                p.text("PROG_ID").map(String::strip).orElse(null),
                publisher.baseUrl().resolve("files/" + arcfile).toString(), "application/fits",
                Math.max(1, (sizeBytes + 1023) / 1024),
                text(p, "OBJECT"), null, ra, dec, fov, region, resolution, pixelScale, xel1, xel2,
                mjdObs, Math.max(mjdObs, mjdEnd), p.number("TEXPTIME").or(() -> p.number("EXPTIME")).orElse(null),
                null, null, emMin, emMax, p.number("SPEC_RES").orElse(null),
                spectrum ? p.number("NELEM").map(Double::longValue).orElse(null) : null,
                "em.wl", "m", spectrum ? "phot.flux.density;em.wl" : "phot.flux", null, null, null,
                p.text("TELESCOP").map(String::strip).orElse(null), instrument, dpId,
                p.text("OBSTECH").map(String::strip).orElse(null),
                p.text("FILTER").map(String::strip).orElse(null),
                p.number("SNR").orElse(null), p.number("ABMAGLIM").orElse(null), p.number("PSF_FWHM").orElse(null),
                p.text("P3ORIG").map(String::strip).orElse("IDP"));
    }

    private static String text(Keywords p, String key) {
        return p.text(key).map(String::strip).orElse(null);
    }

    /** Pass bands of the imaging filters the archive knows, metres. */
    static final class Band {
        private Band() {
        }

        static double[] of(String filter) {
            return Optional.ofNullable(filter).map(f -> switch (f.strip()) {
                case "Y" -> new double[] {0.97e-6, 1.07e-6};
                case "J" -> new double[] {1.17e-6, 1.33e-6};
                case "H" -> new double[] {1.49e-6, 1.78e-6};
                case "Ks", "K" -> new double[] {1.99e-6, 2.31e-6};
                case "BrG" -> new double[] {2.15e-6, 2.18e-6};
                case "H2" -> new double[] {2.10e-6, 2.14e-6};
                case "NB1060" -> new double[] {1.055e-6, 1.067e-6};
                case "NB2090" -> new double[] {2.080e-6, 2.100e-6};
                default -> null;
            }).orElse(null);
        }
    }
}

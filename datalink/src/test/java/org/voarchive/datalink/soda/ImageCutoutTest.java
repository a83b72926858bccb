package org.voarchive.datalink.soda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voarchive.datalink.soda.SyntheticProducts.DEC0;
import static org.voarchive.datalink.soda.SyntheticProducts.HEIGHT;
import static org.voarchive.datalink.soda.SyntheticProducts.IMAGE_ARCFILE;
import static org.voarchive.datalink.soda.SyntheticProducts.RA0;
import static org.voarchive.datalink.soda.SyntheticProducts.SCALE;
import static org.voarchive.datalink.soda.SyntheticProducts.WIDTH;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCutoutTest {

    @TempDir
    static Path dir;
    static Path image;
    static Path cube;

    @BeforeAll
    static void write() throws Exception {
        image = SyntheticProducts.image(dir);
        cube = SyntheticProducts.cube(dir);
    }

    private static ImageHDU cut(Path file, SkyRegion region, Interval band) throws Exception {
        ImageHDU source = (ImageHDU) SyntheticProducts.open(file)[0];
        ImageHDU cut = ImageCutout.cut(source, Optional.ofNullable(region), Optional.ofNullable(band),
                file.getFileName().toString());
        Fits written = SyntheticProducts.writtenAndVerified(new Cutout("x_cutout.fits", List.of(cut)));
        return (ImageHDU) written.getHDU(0);
    }

    /** The value of the pixel nearest to 1-based pixel coordinates. */
    private static float value(ImageHDU hdu, double[] p) throws Exception {
        float[][] data = (float[][]) hdu.getKernel();
        return data[(int) Math.floor(p[1] + 0.5) - 1][(int) Math.floor(p[0] + 0.5) - 1];
    }

    @Test
    void aCircleKeepsItsBoundingBoxAndTheWcsStillPointsAtTheSamePixels() throws Exception {
        // a "star": the sky position of pixel (130, 60) of the original
        ImageHDU original = (ImageHDU) SyntheticProducts.open(image)[0];
        TanWcs wcs = TanWcs.of(original.getHeader());
        double[] star = wcs.sky(130, 60);
        ImageHDU cut = cut(image, new SkyRegion.Circle(star[0], star[1], 10 * SCALE), null);
        Header h = cut.getHeader();
        // a circle of 10 pixels radius: 21 pixels across, whatever the rotation
        assertEquals(21, h.getIntValue("NAXIS1"), 1);
        assertEquals(21, h.getIntValue("NAXIS2"), 1);
        double[] inCut = TanWcs.of(h).pixel(star[0], star[1]);
        assertEquals(130 + 1000 * 60, value(cut, inCut));
        assertEquals(value(original, wcs.pixel(star[0], star[1])), value(cut, inCut));
        // every pixel of the cutout is where the WCS says, not only the star's
        double[] corner = TanWcs.of(h).sky(1, 1);
        assertEquals(value(original, wcs.pixel(corner[0], corner[1])), value(cut, new double[] {1, 1}));
    }

    @Test
    void theHeaderIsTheSourcesWithTheBoxAndAHistory() throws Exception {
        double[] star = TanWcs.of(SyntheticProducts.open(image)[0].getHeader()).sky(50, 40);
        Header h = cut(image, new SkyRegion.Circle(star[0], star[1], 5 * SCALE), null).getHeader();
        assertEquals(IMAGE_ARCFILE, h.getStringValue("ARCFILE"));
        assertEquals("SCIENCE.IMAGE", h.getStringValue("PRODCATG"));
        assertEquals("Ks", h.getStringValue("FILTER"));
        assertEquals(RA0, h.getDoubleValue("CRVAL1"), 0);
        assertEquals(-32, h.getIntValue("BITPIX"));
        assertTrue(h.containsKey("CHECKSUM") && h.containsKey("DATASUM"));
        List<String> history = Arrays.stream(h.findCards("HISTORY")).map(c -> c.getComment()).toList();
        assertTrue(history.contains("written by the SODA tests"), history.toString());
        assertTrue(history.stream().anyMatch(s -> s.startsWith("SODA cutout of " + IMAGE_ARCFILE)), history.toString());
    }

    @Test
    void aRegionOverTheEdgeIsClippedToTheImage() throws Exception {
        TanWcs wcs = TanWcs.of(SyntheticProducts.open(image)[0].getHeader());
        double[] corner = wcs.sky(1, 1);
        Header h = cut(image, new SkyRegion.Circle(corner[0], corner[1], 20 * SCALE), null).getHeader();
        // only the quarter of the box inside the image: pixels 1..~21 on each axis
        assertEquals(21, h.getIntValue("NAXIS1"), 1);
        assertEquals(21, h.getIntValue("NAXIS2"), 1);
        assertEquals(100.5, h.getDoubleValue("CRPIX1"), 0);
        assertEquals(75.5, h.getDoubleValue("CRPIX2"), 0);
        // a circle holding the whole image gives the whole image
        Header all = cut(image, new SkyRegion.Circle(RA0, DEC0, 1), null).getHeader();
        assertEquals(WIDTH, all.getIntValue("NAXIS1"));
        assertEquals(HEIGHT, all.getIntValue("NAXIS2"));
        // so does one too large to project (its boundary is 120 degrees away)
        Header huge = cut(image, new SkyRegion.Circle(RA0, DEC0, 120), null).getHeader();
        assertEquals(WIDTH, huge.getIntValue("NAXIS1"));
    }

    @Test
    void aPolygonKeepsThePixelBoxOfItsVertices() throws Exception {
        TanWcs wcs = TanWcs.of(SyntheticProducts.open(image)[0].getHeader());
        double[] a = wcs.sky(20, 30);
        double[] b = wcs.sky(60, 35);
        double[] c = wcs.sky(40, 90);
        ImageHDU cut = cut(image, new SkyRegion.Polygon(new double[] {a[0], b[0], c[0]},
                new double[] {a[1], b[1], c[1]}), null);
        Header h = cut.getHeader();
        assertEquals(41, h.getIntValue("NAXIS1"));
        assertEquals(61, h.getIntValue("NAXIS2"));
        assertEquals(100.5 - 19, h.getDoubleValue("CRPIX1"), 1e-9);
        assertEquals(75.5 - 29, h.getDoubleValue("CRPIX2"), 1e-9);
        assertEquals(20 + 1000 * 30, ((float[][]) cut.getKernel())[0][0]);
    }

    @Test
    void aRegionOffTheImageOverlapsNothing() throws Exception {
        SodaException e = assertThrows(SodaException.class,
                () -> cut(image, new SkyRegion.Circle(RA0 + 1, DEC0, 0.01), null));
        assertEquals(SodaFault.NO_OVERLAP, e.fault());
        // a region behind the tangent point cannot be projected and does not overlap either
        assertEquals(SodaFault.NO_OVERLAP, assertThrows(SodaException.class,
                () -> cut(image, new SkyRegion.Circle(RA0 + 180, -DEC0, 1), null)).fault());
    }

    @Test
    void aCubeIsCutOnTheSkyAndInWavelength() throws Exception {
        double[] centre = {RA0, DEC0};
        // planes at 500, 501.25, ... nm: 502.5..505 nm are planes 3..5
        ImageHDU cut = cut(cube, new SkyRegion.Circle(centre[0], centre[1], 4 * SCALE),
                new Interval(502.4e-9, 505.1e-9));
        Header h = cut.getHeader();
        assertEquals(3, h.getIntValue("NAXIS"));
        assertEquals(3, h.getIntValue("NAXIS3"));
        assertEquals(1.0 - 2, h.getDoubleValue("CRPIX3"), 0);
        float[][][] data = (float[][][]) cut.getKernel();
        double[] p = TanWcs.of(h).pixel(RA0, DEC0);
        int x = (int) Math.floor(p[0] + 0.5);
        int y = (int) Math.floor(p[1] + 0.5);
        double[] q = TanWcs.of(SyntheticProducts.open(cube)[0].getHeader()).pixel(RA0, DEC0);
        int x0 = (int) Math.floor(q[0] + 0.5);
        int y0 = (int) Math.floor(q[1] + 0.5);
        assertEquals(x0 + 1000f * y0 + 3_000_000f, data[0][y - 1][x - 1]);
        // one wavelength is one plane; a band off the cube overlaps nothing
        assertEquals(1, cut(cube, null, new Interval(503.6e-9, 503.6e-9)).getHeader().getIntValue("NAXIS3"));
        assertEquals(SodaFault.NO_OVERLAP, assertThrows(SodaException.class,
                () -> cut(cube, null, new Interval(600e-9, Double.POSITIVE_INFINITY))).fault());
        assertEquals(10, cut(cube, null, new Interval(Double.NEGATIVE_INFINITY, 1)).getHeader().getIntValue("NAXIS3"));
    }

    @Test
    void imagesWithoutATanWcsCannotBeCutOnTheSky() throws Exception {
        Header h = new Header();
        h.addValue("CTYPE1", "RA---SIN", "");
        h.addValue("CTYPE2", "DEC--SIN", "");
        assertThrows(IllegalArgumentException.class, () -> TanWcs.of(h));
    }

    @Test
    void theWcsRoundTrips() throws Exception {
        TanWcs wcs = TanWcs.of(SyntheticProducts.open(image)[0].getHeader());
        assertArrayEquals(new double[] {100.5, 75.5}, wcs.pixel(RA0, DEC0), 1e-9);
        double[] sky = wcs.sky(17.25, 140.5);
        assertArrayEquals(new double[] {17.25, 140.5}, wcs.pixel(sky[0], sky[1]), 1e-7);
        // east is left: one pixel to the left along x at rotation 0 would be +RA; here rotated by 30 deg
        double[] left = wcs.sky(99.5, 75.5);
        assertTrue(left[0] > RA0);
    }
}

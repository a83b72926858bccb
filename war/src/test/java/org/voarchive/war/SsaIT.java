package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voarchive.war.DalResponses.assertDaliError;
import static org.voarchive.war.DalResponses.column;
import static org.voarchive.war.DalResponses.queryStatus;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voarchive.server.xml.IvoaSchemas;

/** SSA 1.1 at /ssa in the real server, over one ingested night of UVES spectra (public: from 2024). */
@ExtendWith(ArquillianExtension.class)
class SsaIT extends DeployedArchiveTestCase {

    private static final double H_ALPHA = 656.28e-9;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        return withIngestedNight(5, 12, "");
    }

    private HttpResponse<String> ssa(String... parameters) throws Exception {
        StringBuilder q = new StringBuilder("ssa?REQUEST=queryData");
        for (int i = 0; i < parameters.length; i += 2) {
            q.append('&').append(parameters[i]).append('=')
                    .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
        }
        return get(base, q.toString(), null);
    }

    /** Publisher DIDs of the spectra the database holds that satisfy an SQL condition, sorted. */
    private static List<String> spectraWhere(String condition) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT obs_publisher_did FROM ivoa.obscore WHERE dataproduct_type = "
                        + "'spectrum' AND " + condition + " ORDER BY obs_publisher_did")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    /** The position of one simulated UVES target, ra and dec. */
    private static double[] aTarget() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT s_ra, s_dec FROM ivoa.obscore WHERE dataproduct_type = "
                        + "'spectrum' ORDER BY obs_publisher_did LIMIT 1")) {
            assertTrue(r.next(), "the night holds UVES spectra");
            return new double[] {r.getDouble(1), r.getDouble(2)};
        }
    }

    private static String near(double[] p, double degrees) {
        return "s_position <-> spoint(radians(" + p[0] + "), radians(" + p[1] + ")) <= radians(" + degrees + ")";
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    @Test
    void findsTheSpectraAroundATargetWithSsaUtypes() throws Exception {
        double[] target = aTarget();
        HttpResponse<String> r = ssa("POS", target[0] + "," + target[1] + ";ICRS", "SIZE", "0.05");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("OK", queryStatus(r.body()));
        List<String> expected = spectraWhere(near(target, 0.025));
        assertFalse(expected.isEmpty());
        assertEquals(expected, sorted(column(r.body(), "obs_publisher_did")));
        for (String utype : List.of("ssa:Access.Reference", "ssa:Access.Format", "ssa:Access.Size",
                "ssa:DataID.Title", "ssa:DataID.Collection", "ssa:DataID.CreatorDID", "ssa:Curation.PublisherDID",
                "ssa:Target.Name", "ssa:Char.SpatialAxis.Coverage.Location.Value",
                "ssa:Char.SpatialAxis.Coverage.Bounds.Extent", "ssa:Char.SpectralAxis.Coverage.Bounds.Start",
                "ssa:Char.SpectralAxis.Coverage.Bounds.Stop", "ssa:Char.SpectralAxis.ResPower",
                "ssa:Char.TimeAxis.Coverage.Bounds.Start", "ssa:Char.TimeAxis.Coverage.Bounds.Stop",
                "ssa:Derived.SNR", "ssa:Dataset.Type", "ssa:Dataset.Length")) {
            assertTrue(r.body().contains("utype=\"" + utype + "\""), utype);
        }
        assertTrue(column(r.body(), "access_url").stream().allMatch(u -> u.contains("/files/")));
        assertTrue(r.body().contains("<RESOURCE type=\"meta\" utype=\"adhoc:service\"")
                && r.body().contains("ivo://ivoa.net/std/DataLink#links-1.1"), "a DataLink service descriptor");
        DalResponses.assertVotlintClean(r.body());
        // POST answers the same
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(local(base).resolve("ssa"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("REQUEST=queryData&SIZE=0.05&POS="
                        + URLEncoder.encode(target[0] + "," + target[1], StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, sorted(column(posted.body(), "obs_publisher_did")));
    }

    @Test
    void bandCoveringHalphaFindsOnlyTheRed660Setting() throws Exception {
        HttpResponse<String> r = ssa("BAND", Double.toString(H_ALPHA));
        List<String> found = sorted(column(r.body(), "obs_publisher_did"));
        List<String> expected = spectraWhere("em_min <= " + H_ALPHA + " AND em_max >= " + H_ALPHA);
        assertFalse(expected.isEmpty());
        assertEquals(expected, found);
        assertTrue(found.size() < spectraWhere("true").size(), "the blue and red 580 settings are left out");
        // the RED_660 setting is the one centred near 660 nm
        for (String start : column(r.body(), "em_min")) {
            assertTrue(Double.parseDouble(start) > 580e-9, start);
        }
        // a range with an open end overlaps every spectrum reaching above it
        assertEquals(spectraWhere("em_max >= 6.6E-7"), sorted(column(ssa("BAND", "6.6e-7/").body(),
                "obs_publisher_did")));
    }

    @Test
    void snrAndResolvingPowerAreMinima() throws Exception {
        double snr = db.scalar("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY snr)::bigint FROM ivoa.obscore "
                + "WHERE dataproduct_type = 'spectrum'");
        assertEquals(spectraWhere("snr >= " + snr), sorted(column(ssa("SNR", Double.toString(snr)).body(),
                "obs_publisher_did")));
        assertTrue(spectraWhere("snr >= " + snr).size() < spectraWhere("true").size());
        double power = db.scalar("SELECT max(em_res_power)::bigint FROM ivoa.obscore WHERE dataproduct_type = 'spectrum'");
        assertEquals(spectraWhere("em_res_power >= " + power), sorted(column(ssa("SPECRP", Double.toString(power))
                .body(), "obs_publisher_did")));
    }

    @Test
    void timeTargetCollectionFormatAndMaxrec() throws Exception {
        HttpResponse<String> all = ssa();
        int spectra = spectraWhere("true").size();
        assertEquals(spectra, column(all.body(), "obs_publisher_did").size());
        assertEquals(0, column(ssa("TIME", "2000-01-01/2000-12-31").body(), "obs_publisher_did").size());
        assertEquals(spectra, column(ssa("TIME", "2024-01-01/").body(), "obs_publisher_did").size());
        // every FITS spectrum is also offered as a VOTable, made on request
        assertEquals(spectra, column(ssa("FORMAT", "votable").body(), "obs_publisher_did").size());
        assertEquals(spectra, column(ssa("FORMAT", "fits").body(), "obs_publisher_did").size());
        String target = column(all.body(), "target_name").get(0);
        assertEquals(spectraWhere("lower(target_name) = lower('" + target.replace("'", "''") + "')"),
                sorted(column(ssa("TARGETNAME", target.toUpperCase()).body(), "obs_publisher_did")));
        String collection = column(all.body(), "obs_collection").get(0);
        assertEquals(spectraWhere("obs_collection = '" + collection + "'"),
                sorted(column(ssa("COLLECTION", collection).body(), "obs_publisher_did")));
        HttpResponse<String> one = ssa("MAXREC", "1");
        assertEquals(1, column(one.body(), "obs_publisher_did").size());
        assertEquals("OVERFLOW", queryStatus(one.body()));
        HttpResponse<String> csv = ssa("RESPONSEFORMAT", "csv");
        assertEquals("text/csv", csv.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(spectra + 1, csv.body().lines().count());
    }

    @Test
    void redshiftIsAcceptedAndSaidToBeUnused() throws Exception {
        HttpResponse<String> r = ssa("REDSHIFT", "0.1/0.5");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<INFO name=\"REDSHIFT\" value=\"not used\">"), r.body());
        assertEquals(spectraWhere("true").size(), column(r.body(), "obs_publisher_did").size());
        assertDaliError(ssa("REDSHIFT", "high"), "REDSHIFT");
    }

    @Test
    void formatMetadataDescribesEveryParameterAndField() throws Exception {
        HttpResponse<String> r = ssa("FORMAT", "METADATA");
        assertEquals(200, r.statusCode());
        for (String parameter : List.of("REQUEST", "POS", "SIZE", "BAND", "TIME", "FORMAT", "TARGETNAME",
                "COLLECTION", "SPECRP", "SNR", "REDSHIFT", "MAXREC", "RESPONSEFORMAT")) {
            assertTrue(r.body().contains("name=\"INPUT:" + parameter + "\""), parameter);
        }
        assertTrue(r.body().contains("<OPTION value=\"METADATA\"/>"));
        assertTrue(r.body().contains("utype=\"ssa:Access.Reference\""));
        assertEquals(0, column(r.body(), "access_url").size());
        IvoaSchemas.validate(r.body());
        DalResponses.assertVotlintClean(r.body());
    }

    @Test
    void badInputIsADaliError() throws Exception {
        assertDaliError(get(base, "ssa?POS=10,10", null), "REQUEST");
        assertDaliError(get(base, "ssa?REQUEST=getData", null), "queryData");
        assertDaliError(ssa("POS", "abc"), "POS");
        assertDaliError(ssa("POS", "10,95"), "declination");
        assertDaliError(ssa("POS", "10,10;GALACTIC"), "frame");
        assertDaliError(ssa("BAND", "optical"), "BAND");
        assertDaliError(ssa("BAND", "7e-7/6e-7"), "ends before it starts");
        assertDaliError(ssa("TIME", "yesterday"), "ISO 8601");
        assertDaliError(ssa("SIZE", "50"), "SIZE");
        assertDaliError(ssa("SNR", "-1"), "SNR");
        assertDaliError(ssa("FORMAT", "pdf please"), "FORMAT");
        assertDaliError(ssa("MAXREC", "many"), "MAXREC");
        HttpResponse<String> quote = ssa("TARGETNAME", "x' OR 1=1 --");
        assertEquals(200, quote.statusCode());
        assertEquals(0, column(quote.body(), "obs_publisher_did").size());
        IvoaSchemas.validate(ssa("POS", "abc").body());
    }

    @Test
    void capabilitiesListSsaAndValidate() throws Exception {
        HttpResponse<String> r = get(base, "capabilities", null);
        assertEquals(200, r.statusCode());
        IvoaSchemas.validate(r.body());
        assertTrue(r.body().contains("standardID=\"ivo://ivoa.net/std/SSA\""), r.body());
        assertTrue(r.body().contains("ssa:SimpleSpectralAccess"));
        assertTrue(r.body().contains("<maxSearchRadius>"));
        assertTrue(get(base, "", "text/html").body().contains("Simple Spectral Access"));
    }

    @Test
    void pyvoFindsTheSpectra() throws Exception {
        double[] target = aTarget();
        String output = DalResponses.pyvo("ssa_client.py", local(base).resolve("ssa").toString(),
                Double.toString(target[0]), Double.toString(target[1]));
        int cone = spectraWhere(near(target, 0.025)).size();
        int halpha = spectraWhere(near(target, 0.025) + " AND em_min <= 656.5E-9 AND em_max >= 656.0E-9").size();
        assertTrue(output.matches("(?s).*OK cone=" + cone + " halpha=" + halpha + " download=SIMPLE.*"), output);
    }

    @Test
    void formatVotableOffersEachSpectrumAsASpectrumDmVotable() throws Exception {
        int spectra = spectraWhere("true").size();
        HttpResponse<String> votable = ssa("FORMAT", "votable");
        List<String> urls = column(votable.body(), "access_url");
        assertEquals(spectra, urls.size());
        assertTrue(column(votable.body(), "access_format").stream().allMatch("application/x-votable+xml"::equals));
        assertTrue(urls.stream().allMatch(u -> u.contains("/datalink/spectrum/ADP.") && u.endsWith(".vot")), urls.toString());
        assertEquals(2 * spectra, column(ssa("FORMAT", "all").body(), "obs_publisher_did").size());
        assertEquals(spectra, column(ssa("FORMAT", "application/x-votable+xml").body(), "access_url").size());
        assertTrue(column(ssa("FORMAT", "compliant").body(), "access_format").stream()
                .allMatch("application/fits"::equals));
        HttpResponse<String> two = ssa("FORMAT", "all", "MAXREC", "3");
        assertEquals(3, column(two.body(), "obs_publisher_did").size());
        assertEquals("OVERFLOW", queryStatus(two.body()));

        String did = column(votable.body(), "obs_publisher_did").get(0);
        String url = urls.get(0);
        HttpResponse<String> spectrum = get(base, url.substring(url.indexOf("datalink/spectrum/")), null);
        assertEquals(200, spectrum.statusCode(), spectrum.body());
        assertEquals("application/x-votable+xml", spectrum.headers().firstValue("Content-Type").orElseThrow());
        DalResponses.assertVotlintClean(spectrum.body());
        assertTrue(spectrum.body().contains("utype=\"spec:Curation.PublisherDID\" ucd=\"meta.ref.uri;meta.curation\""
                + " datatype=\"char\" arraysize=\"*\" value=\"" + did + "\""), spectrum.body());
        String firstWave = spectrum.body().split("<TR><TD>", 2)[1].split("<", 2)[0];

        String arcfile = did.substring(did.indexOf('?') + 1) + ".fits";
        HttpResponse<byte[]> fits = HTTP.send(HttpRequest.newBuilder(local(base).resolve("files/" + arcfile))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fits.statusCode());
        try (nom.tam.fits.Fits f = new nom.tam.fits.Fits(new java.io.ByteArrayInputStream(fits.body()))) {
            nom.tam.fits.BinaryTableHDU table = (nom.tam.fits.BinaryTableHDU) f.getHDU(1);
            double[] wave = (double[]) table.getData().getElement(0, table.findColumn("WAVE"));
            assertEquals(wave[0], Double.parseDouble(firstWave));
        }

        assertEquals(404, get(base, "datalink/spectrum/ADP.1999-01-01T00:00:00.000.vot", null).statusCode());
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT arcfile FROM archive.products WHERE prodcatg = 'SCIENCE.IMAGE' LIMIT 1")) {
            assertTrue(r.next());
            HttpResponse<String> image = get(base, "datalink/spectrum/" + r.getString(1) + ".vot", null);
            assertEquals(404, image.statusCode());
            assertNoInternals(image);
        }
    }
}

package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.ingest.pipeline.IngestEngine;
import org.voarchive.ingest.pipeline.IngestSettings;
import org.voarchive.ingest.reduce.JavaReducer;
import org.voarchive.ingest.simulate.FrameScale;
import org.voarchive.ingest.simulate.Manifest;
import org.voarchive.ingest.simulate.ManifestEntry;
import org.voarchive.ingest.simulate.SimulationPlan;
import org.voarchive.ingest.simulate.TransferStreamSimulator;

/**
 * What the in-server tests share: the built WAR configured for a database, and HTTP on loopback.
 *
 * <p>Each test class deploys exactly one WAR: the Payara Micro adapter runs one server process per
 * deployment and stops only the last one it started.
 */
abstract class DeployedArchiveTestCase {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The database of the deployment, when the test class made one with {@link #withFreshDatabase()}. */
    static TestDatabase db;

    /** The built WAR configured for a fresh database of its own, which the application migrates and loads. */
    static WebArchive withFreshDatabase() throws SQLException {
        return withFreshDatabase("");
    }

    /** As {@link #withFreshDatabase()}, with more configuration lines ({@code key=value}, one per line). */
    static WebArchive withFreshDatabase(String moreConfig) throws SQLException {
        db = TestDatabase.create();
        return configured("archive.war", db.url(), moreConfig);
    }

    /** Where {@link #withIngestedNight} stored the archive's files, and what the simulated night held. */
    static Path ingestedData;
    static Manifest ingestedNight;

    /**
     * The built WAR on a fresh database that already holds one simulated night (UVES and HAWK-I, small
     * frames), ingested in this JVM by the real back end before deployment: raw frames, masters, Phase 3
     * products in {@code ivoa.obscore} with their files in the data directory the server is given, QC,
     * associations and provenance. The demo holdings are not loaded (ObsCore is not empty).
     *
     * @param proprietaryMonths proprietary period of the night's programmes (its science is from 2024)
     */
    static WebArchive withIngestedNight(long seed, int proprietaryMonths, String moreConfig) throws Exception {
        db = TestDatabase.migrated();
        ingestedData = temporaryDataDir();
        Path stream = temporaryDataDir();
        ingestedNight = new TransferStreamSimulator(
                SimulationPlan.of(seed, 1)
                        .withScale(FrameScale.SMALL)).write(stream);
        IngestEngine engine = new IngestEngine(
                db.dataSource(), new IngestSettings(ingestedData, "voarchive.example",
                        publicBase(), proprietaryMonths, "java", 2),
                new JavaReducer());
        for (ManifestEntry e : ingestedNight.entries()) {
            try (InputStream in = Files.newInputStream(stream.resolve(e.fileName()))) {
                engine.landing().land(in, e.fileName());
            }
        }
        engine.drain(true, (item, state) -> { });
        return configured("archive.war", db.url(), "archive.data.dir=" + ingestedData + "\n" + moreConfig);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    /** The built WAR, with configuration that outranks the environment (ordinal 500 > 300). */
    static WebArchive configured(String name, String databaseUrl) {
        return configured(name, databaseUrl, "");
    }

    /**
     * The built WAR with its own database and data directory: every deployment has a fresh directory, so
     * no test sees another's stored files or incoming stream.
     */
    static WebArchive configured(String name, String databaseUrl, String moreConfig) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name)
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("archive.war"))));
        String config = "config_ordinal=500\n"
                + "archive.db.url=" + databaseUrl + "\n"
                + "archive.db.user=" + TestDatabase.user() + "\n"
                + "archive.db.password=" + TestDatabase.password() + "\n"
                + "archive.db.reader-role=" + TestDatabase.READER_ROLE + "\n"
                + "archive.base-url=" + publicBase() + "\n"
                + (moreConfig.contains("archive.data.dir=") ? "" : "archive.data.dir=" + temporaryDataDir() + "\n")
                + moreConfig;
        return war.addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
    }

    /**
     * The deployment's public base URL: the port Maven reserved for the in-server tests, which the
     * archive is configured with, so the access URLs it stores lead back to the test's server.
     */
    static URI publicBase() {
        return URI.create("http://localhost:" + System.getProperty("archive.it.port", "8080") + "/");
    }

    /** A new temporary directory, removed when the test JVM ends (after the container stopped). */
    static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("voarchive-it-data");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    /**
     * The deployment's URL on the loopback interface: Payara Micro reports the host's own address, and
     * tests talk only to loopback.
     */
    static URI local(URL base) throws Exception {
        return new URI("http", null, "127.0.0.1", base.getPort(), base.getPath(), null, null);
    }

    static HttpResponse<String> get(URL base, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(local(base).resolve(path))
                .timeout(Duration.ofSeconds(60));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertNoInternals(HttpResponse<String> r) {
        String body = r.body();
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("\tat "), body);
        assertFalse(body.contains("org.voarchive"), body);
        assertFalse(body.isBlank(), "an error answer says what went wrong");
    }
}

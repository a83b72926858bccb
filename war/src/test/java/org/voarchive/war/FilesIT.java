package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** File delivery at /files/{ARCFILE} in the real server, on an ingested night whose products are public. */
@ExtendWith(ArquillianExtension.class)
class FilesIT extends DeployedArchiveTestCase {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        return withIngestedNight(11, 12, "");
    }

    /** {arcfile, size, sha256, content type} of the first file of a kind (and raw category), by the owner. */
    private static String[] file(String where) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT f.arcfile, f.size_bytes, f.sha256, f.content_type FROM archive.files f"
                        + " LEFT JOIN archive.raw_frames r ON r.arcfile = f.arcfile WHERE " + where
                        + " ORDER BY f.arcfile LIMIT 1")) {
            assertTrue(rs.next(), "the ingested night has a file where " + where);
            return new String[] {rs.getString(1), rs.getString(2), rs.getString(3).trim(), rs.getString(4)};
        }
    }

    private HttpResponse<byte[]> fetch(String path, String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(local(base).resolve(path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void aProductIsStreamedWholeWithItsChecksumAsETag() throws Exception {
        String[] p = file("f.kind = 'product'");
        HttpResponse<byte[]> r = fetch("files/" + p[0]);
        assertEquals(200, r.statusCode());
        assertEquals("application/fits", header(r, "Content-Type"));
        assertEquals(p[1], header(r, "Content-Length"));
        assertEquals(Long.parseLong(p[1]), r.body().length);
        assertEquals("\"" + p[2] + "\"", header(r, "ETag"));
        assertEquals("bytes", header(r, "Accept-Ranges"));
        assertTrue(header(r, "Content-Disposition").contains("filename=\"" + p[0] + "\""), header(r, "Content-Disposition"));
        assertTrue(new String(r.body(), 0, 80, StandardCharsets.US_ASCII).startsWith("SIMPLE  ="));
        assertEquals(p[2], HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())));
    }

    @Test
    void singleRangesArePartialAndBeyondTheEndUnsatisfiable() throws Exception {
        String[] p = file("f.kind = 'product'");
        long size = Long.parseLong(p[1]);
        byte[] whole = fetch("files/" + p[0]).body();

        HttpResponse<byte[]> first = fetch("files/" + p[0], "Range", "bytes=0-79");
        assertEquals(206, first.statusCode());
        assertEquals("bytes 0-79/" + size, header(first, "Content-Range"));
        assertEquals("80", header(first, "Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(whole, 0, 80), first.body());

        HttpResponse<byte[]> middle = fetch("files/" + p[0], "Range", "bytes=2880-");
        assertEquals(206, middle.statusCode());
        assertEquals("bytes 2880-" + (size - 1) + "/" + size, header(middle, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(whole, 2880, whole.length), middle.body());

        HttpResponse<byte[]> suffix = fetch("files/" + p[0], "Range", "bytes=-100");
        assertEquals(206, suffix.statusCode());
        assertArrayEquals(Arrays.copyOfRange(whole, whole.length - 100, whole.length), suffix.body());

        HttpResponse<byte[]> beyond = fetch("files/" + p[0], "Range", "bytes=" + size + "-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + size, header(beyond, "Content-Range"));

        HttpResponse<byte[]> several = fetch("files/" + p[0], "Range", "bytes=0-1,5-6");
        assertEquals(200, several.statusCode(), "several ranges are answered with the whole file");
        assertEquals(size, several.body().length);
    }

    @Test
    void aMatchingETagIsNotModified() throws Exception {
        String[] p = file("f.kind = 'product'");
        HttpResponse<byte[]> same = fetch("files/" + p[0], "If-None-Match", "\"" + p[2] + "\"");
        assertEquals(304, same.statusCode());
        assertEquals(0, same.body().length);
        assertEquals("\"" + p[2] + "\"", header(same, "ETag"));
        HttpResponse<byte[]> other = fetch("files/" + p[0], "If-None-Match", "\"0000\"");
        assertEquals(200, other.statusCode());
    }

    @Test
    void headAnswersTheHeadersOnly() throws Exception {
        String[] p = file("f.kind = 'product'");
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(local(base).resolve("files/" + p[0]))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals(p[1], header(r, "Content-Length"));
        assertEquals("\"" + p[2] + "\"", header(r, "ETag"));
        assertEquals(0, r.body().length);
    }

    @Test
    void rawFramesMastersAndAssociationTreesAreServedToo() throws Exception {
        for (String where : new String[] {"f.kind = 'raw' AND r.category = 'SCIENCE'",
            "f.kind = 'raw' AND r.category = 'CALIB'", "f.kind = 'master'"}) {
            String[] f = file(where);
            HttpResponse<byte[]> r = fetch("files/" + f[0]);
            assertEquals(200, r.statusCode(), where);
            assertEquals("application/fits", header(r, "Content-Type"), where);
            assertTrue(new String(r.body(), 0, 6, StandardCharsets.US_ASCII).equals("SIMPLE"), where);
        }
        String[] tree = file("f.kind = 'association'");
        HttpResponse<byte[]> r = fetch("files/" + tree[0]);
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("application/xml"), header(r, "Content-Type"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
    }

    @Test
    void unknownFilesAreNotFoundWithAShortText() throws Exception {
        HttpResponse<String> r = get(base, "files/ADP.2099-01-01T00:00:00.000.fits", null);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("no public file named ADP.2099-01-01T00:00:00.000.fits"), r.body());
        assertNoInternals(r);
        HttpResponse<String> traversal = get(base, "files/..%2F..%2Fetc%2Fpasswd", null);
        // the container refuses encoded slashes (400) before the archive sees the name; either way nothing is served
        assertTrue(traversal.statusCode() == 404 || traversal.statusCode() == 400, traversal.body());
        assertFalse(traversal.body().contains("root:"), traversal.body());
    }
}

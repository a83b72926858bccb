package org.voarchive.tap.upload;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.voarchive.server.dali.DaliException;

/** Fetches and reads every table an UPLOAD parameter names, from the request's parts or from the web. */
public final class UploadFetcher {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private final UploadReader reader;

    public UploadFetcher(UploadReader reader) {
        this.reader = reader;
    }

    /**
     * Reads the tables.
     *
     * @throws DaliException when a part is missing, a URL cannot be fetched, or a table breaks the limits
     */
    public List<UploadTable> fetch(List<UploadSpec> specs, UploadParts parts) throws IOException {
        List<UploadTable> tables = new ArrayList<>(specs.size());
        for (UploadSpec spec : specs) {
            try (InputStream in = spec.inline() ? inline(spec, parts) : remote(spec)) {
                tables.add(reader.read(spec.table(), in));
            }
        }
        return tables;
    }

    private static InputStream inline(UploadSpec spec, UploadParts parts) throws IOException {
        return parts.open(spec.part()).orElseThrow(() -> new DaliException("UPLOAD names the part '" + spec.part()
                + "' for table " + spec.table() + ", but the request has no such part"));
    }

    private static InputStream remote(UploadSpec spec) throws IOException {
        try {
            HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(spec.source()).timeout(TIMEOUT)
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new DaliException("upload " + spec.table() + " could not be fetched from " + spec.source()
                        + ": HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + spec.source(), e);
        } catch (IOException e) {
            throw new DaliException("upload " + spec.table() + " could not be fetched from " + spec.source() + ": "
                    + e.getMessage(), e);
        }
    }
}

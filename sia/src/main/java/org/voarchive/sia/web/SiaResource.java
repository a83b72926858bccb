package org.voarchive.sia.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import org.voarchive.db.query.JdbcResultCursor;
import org.voarchive.server.dali.DaliEndpoint;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.sia.query.SiaQuery;

/**
 * {@code /sia/query}, GET or POST (form): SIA 2.0. Parameters are validated and the query started before
 * the response begins, so every error is a DALI error document with status 400; then rows stream.
 */
@Path("sia/query")
public class SiaResource extends DaliEndpoint {

    @Inject
    SiaService sia;




    @Override
    protected Response answer(DaliParameters parameters) {
        SiaQuery query = sia.query(parameters);
        JdbcResultCursor cursor = sia.open(query, caller());
        StreamingOutput body = out -> {
            try (cursor) {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                query.responseFormat().writer().write(cursor, buffered);
                buffered.flush();
            }
        };
        return Response.ok(body, query.responseFormat().mimeType()).build();
    }
}

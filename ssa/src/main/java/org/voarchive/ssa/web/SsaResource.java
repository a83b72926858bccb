package org.voarchive.ssa.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import org.voarchive.server.dali.DaliEndpoint;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.server.dali.ResultCursor;
import org.voarchive.server.dali.ResultFormat;
import org.voarchive.server.web.PublicUrl;
import org.voarchive.ssa.query.SsaQuery;

/**
 * {@code /ssa}, GET or POST (form): SSA 1.1 queryData. Parameters are validated and the query started
 * before the response begins, so every error is a DALI error document with status 400; then rows stream.
 */
@Path("ssa")
public class SsaResource extends DaliEndpoint {

    @Inject
    SsaService ssa;

    @Inject
    PublicUrl publicUrl;




    @Override
    protected Response answer(DaliParameters parameters) {
        SsaQuery query = SsaQuery.from(parameters, ssa.limits());
        if (query.metadata()) {
            StreamingOutput body = out -> ssa.writeMetadata(out);
            return Response.ok(body, ResultFormat.VOTABLE.mimeType()).build();
        }
        ResultCursor cursor = ssa.open(query, publicUrl.base(uri), caller());
        StreamingOutput body = out -> {
            try (cursor) {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                ssa.write(query, cursor, buffered);
                buffered.flush();
            }
        };
        return Response.ok(body, query.responseFormat().mimeType()).build();
    }
}

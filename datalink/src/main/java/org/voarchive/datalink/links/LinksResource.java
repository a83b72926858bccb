package org.voarchive.datalink.links;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.voarchive.server.dali.DaliEndpoint;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.server.web.PublicUrl;

/**
 * {@code /datalink/links}: DataLink 1.1 {links}, GET or POST, with one or more {@code ID} parameters
 * (publisher DIDs). RESPONSEFORMAT, when given, must ask for a VOTable.
 */
@Path("datalink/links")
public class LinksResource extends DaliEndpoint {

    static final String ID = "ID";
    /** More IDs than this in one call are refused, so one request cannot hold a connection for long. */
    static final int MAX_IDS = 1000;

    @Inject
    LinksService links;

    @Inject
    PublicUrl publicUrl;




    @Override
    protected Response answer(DaliParameters parameters) {
        List<String> ids = parameters.list(ID).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (ids.isEmpty()) {
            throw new DaliException("UsageFault: ID is required (the publisher DID of a data set, repeatable)");
        }
        if (ids.size() > MAX_IDS) {
            throw new DaliException("UsageFault: at most " + MAX_IDS + " IDs per request, got " + ids.size());
        }
        parameters.single(DaliParameters.RESPONSEFORMAT).ifPresent(LinksResource::checkFormat);
        LinksService.Answer answer;
        try {
            answer = links.links(ids, publicUrl.base(uri), caller());
        } catch (SQLException e) {
            throw new DaliException("ServiceUnavailable: the archive database did not answer", e);
        }
        StreamingOutput body = answer::write;
        return Response.ok(body, LinksDocument.MIME_TYPE).build();
    }

    private static void checkFormat(String format) {
        String f = format.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (!(f.equals("votable") || f.startsWith("application/x-votable+xml") || f.equals("text/xml")
                || f.equals("application/xml"))) {
            throw new DaliException("UsageFault: RESPONSEFORMAT " + format + " is not supported; {links} answers"
                    + " " + LinksDocument.MIME_TYPE);
        }
    }
}

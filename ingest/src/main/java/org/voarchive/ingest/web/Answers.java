package org.voarchive.ingest.web;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what a resource computed into an HTTP answer: 200 with the body, 400 with a JSON reason for a
 * bad parameter, 503 with a JSON reason when the database could not answer (the cause goes to the log,
 * not to the client).
 */
final class Answers {

    /** A body that may fail on its parameters or on the database. */
    @FunctionalInterface
    interface Body<T> {
        T compute() throws BadParameter, SQLException;
    }

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=utf-8";
    static final String SVG = "image/svg+xml;charset=utf-8";
    static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private static final Logger LOG = Logger.getLogger(Answers.class.getName());

    private Answers() {
    }

    static Response json(Body<JsonObject> body) {
        return answer(() -> body.compute().toString(), JSON);
    }

    static Response answer(Body<String> body, String type) {
        try {
            return Response.ok(body.compute(), type).build();
        } catch (BadParameter e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "operators' view: the database could not answer", e);
            return error(Response.Status.SERVICE_UNAVAILABLE,
                    "the archive database could not answer; the server log has the cause");
        }
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status)
                .type(JSON)
                .entity(OpsJson.error(status.getStatusCode(), status.getReasonPhrase(), message).toString())
                .build();
    }
}

package org.voarchive.server.auth;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.voarchive.server.access.Caller;
import org.voarchive.server.dali.DaliError;

/**
 * The 401 answers that tell a client which credentials the archive takes: HTTP Basic (a password or an
 * API token as the password) and Bearer tokens, both in one realm.
 */
public final class Challenges {

    /** The realm of every challenge; one account set serves the whole archive. */
    public static final String REALM = "VO Archive";

    private Challenges() {
    }

    /** The challenges for a request that carried no credentials. */
    static String[] offered() {
        return new String[] {
            "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"",
            "Bearer realm=\"" + REALM + "\""
        };
    }

    /** The challenges for a request whose credentials did not hold (RFC 6750: error="invalid_token"). */
    static String[] rejected() {
        return new String[] {
            "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"",
            "Bearer realm=\"" + REALM + "\", error=\"invalid_token\""
        };
    }

    /**
     * Where a resource needs a login: nothing for an authenticated caller; for an anonymous one, a 401
     * with the challenges, raised as an {@link AccessRequestException} so that a resource states it in one
     * line (the answer is JSON: {@link AccessRequestMapper}). Whole resources for operators only are
     * marked {@link OperatorsOnly} instead.
     *
     * @param what what needs the login, for the message ("issuing a token")
     */
    public static void requireLogin(Caller caller, String what) {
        if (caller.anonymous()) {
            throw new AccessRequestException(401, what + " needs a login: send HTTP Basic credentials or a Bearer token");
        }
    }

    /** As {@link #requireLogin}, and a 403 for an authenticated caller who is not an operator. */
    public static void requireOperator(Caller caller, String what) {
        requireLogin(caller, what);
        if (!caller.operator()) {
            throw new AccessRequestException(403, what + " is for operators; " + caller.name() + " is not one");
        }
    }

    /** A 401 with a plain-text reason and the challenges. */
    static Response unauthorized(String message, boolean dali) {
        Response.ResponseBuilder answer = Response.status(Response.Status.UNAUTHORIZED);
        for (String challenge : rejected()) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        if (dali) {
            StreamingOutput body = out -> DaliError.write(message, out);
            return answer.type(DaliError.MIME_TYPE).entity(body).build();
        }
        return answer.type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity("401 Unauthorized: " + message + "\n").build();
    }
}

package org.voarchive.server.registry;

import java.util.Objects;

/** A request the repository answers with an OAI-PMH error; the message is written into it for the client. */
public class OaiException extends Exception {

    private final OaiError code;

    public OaiException(OaiError code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public OaiError code() {
        return code;
    }
}

package org.voarchive.server.uws;

import java.util.Objects;

/**
 * Why a job ended in ERROR.
 *
 * @param fatal true when running it again would fail the same way (a bad query), false when it might
 *     succeed later (the database was down)
 * @param message what went wrong, for the user
 */
public record JobError(boolean fatal, String message) {

    public JobError {
        Objects.requireNonNull(message, "message");
    }
}

package org.voarchive.server.uws;

import java.util.Objects;

/**
 * One parameter of a job, as the client gave it.
 *
 * @param name the parameter name, upper case for the DALI parameters (QUERY, LANG, MAXREC, ...)
 * @param value its value, never null
 */
public record JobParameter(String name, String value) {

    public JobParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}

package org.voarchive.server.coverage;

/** The holdings could not be read to compute the coverage; the message says why. */
public class CoverageUnavailableException extends RuntimeException {

    public CoverageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

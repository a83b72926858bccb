package org.voarchive.facets.search;

/** A search parameter that cannot be used; the message names it and says why, for an HTTP 400 answer. */
public final class BadSearchParameter extends Exception {

    public BadSearchParameter(String message) {
        super(message, null, false, false);
    }
}

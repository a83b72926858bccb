package org.voarchive.ingest.web;

/** A request parameter the operators' API cannot use; its message says which and why, for a 400 answer. */
final class BadParameter extends Exception {

    BadParameter(String message) {
        super(message, null, false, false);
    }
}

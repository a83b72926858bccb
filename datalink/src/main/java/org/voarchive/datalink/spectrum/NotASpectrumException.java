package org.voarchive.datalink.spectrum;

import java.io.IOException;

/** The product asked for is not a Phase 3 spectrum, so it has no VOTable form. */
final class NotASpectrumException extends IOException {

    private static final long serialVersionUID = 1L;

    NotASpectrumException(String message) {
        super(message);
    }
}

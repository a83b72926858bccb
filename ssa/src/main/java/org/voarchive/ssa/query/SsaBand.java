package org.voarchive.ssa.query;

import java.util.List;
import org.voarchive.server.dali.DaliException;

/**
 * SSA's BAND: wavelengths in metres, a value (the spectrum must cover it) or a range (the spectrum must
 * overlap it). Band names such as "optical" are not supported; the spectra are in the observer's frame.
 */
final class SsaBand {

    private SsaBand() {
    }

    static List<Range> parse(String text) {
        String t = text.trim();
        int semicolon = t.indexOf(';');
        if (semicolon >= 0) {
            String frame = t.substring(semicolon + 1).trim();
            if (!frame.equalsIgnoreCase("observer")) {
                throw new DaliException("BAND: only the observer frame is supported (';observer' or none), not ';"
                        + frame + "'");
            }
            t = t.substring(0, semicolon);
        }
        return RangeList.parse("BAND", t, (name, v) -> {
            double metres = Numbers.parse(name + " (a wavelength in metres; band names are not supported)", v);
            if (metres <= 0) {
                throw new DaliException(name + ": a wavelength must be above 0 metres, not " + v.trim());
            }
            return metres;
        });
    }
}

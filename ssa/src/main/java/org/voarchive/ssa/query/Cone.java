package org.voarchive.ssa.query;

import org.voarchive.server.dali.DaliException;

/**
 * The search region of an SSA query: POS (ICRS) and SIZE (the diameter), in degrees.
 *
 * @param ra right ascension, 0 to 360
 * @param dec declination, -90 to 90
 * @param size the diameter of the region, above 0
 */
public record Cone(double ra, double dec, double size) {

    /**
     * Parses POS, {@code ra,dec} in decimal degrees with an optional {@code ;ICRS}.
     *
     * @param size the diameter already validated
     * @throws DaliException when POS is not two numbers in range, or names another frame
     */
    static Cone parse(String pos, double size) {
        String text = pos.trim();
        int semicolon = text.indexOf(';');
        if (semicolon >= 0) {
            String frame = text.substring(semicolon + 1).trim();
            if (!frame.equalsIgnoreCase("ICRS")) {
                throw new DaliException("POS: the coordinate frame '" + frame + "' is not supported; give ICRS or none");
            }
            text = text.substring(0, semicolon).trim();
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new DaliException("POS must be 'ra,dec' in decimal degrees (ICRS), for example 10.68,41.27; not '"
                    + pos + "'");
        }
        double ra = Numbers.parse("POS right ascension", parts[0]);
        double dec = Numbers.parse("POS declination", parts[1]);
        if (ra < 0 || ra >= 360) {
            throw new DaliException("POS right ascension must be from 0 to 360 degrees, not " + parts[0].trim());
        }
        if (dec < -90 || dec > 90) {
            throw new DaliException("POS declination must be from -90 to 90 degrees, not " + parts[1].trim());
        }
        return new Cone(ra, dec, size);
    }
}

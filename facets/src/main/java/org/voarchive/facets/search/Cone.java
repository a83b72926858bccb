package org.voarchive.facets.search;

/** A circle on the ICRS sky, in degrees. */
public record Cone(double ra, double dec, double radius) {
}

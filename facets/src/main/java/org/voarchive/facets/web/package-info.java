/** {@code GET /search}: the faceted search's JSON API, and its description when asked without parameters. */
package org.voarchive.facets.web;

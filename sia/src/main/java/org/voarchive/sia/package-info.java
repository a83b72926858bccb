/**
 * SIA 2.0 service (to come): the {query} parameter validator with DALI interval and multi-value
 * semantics and a typed builder that turns a request into ADQL over {@code ivoa.obscore}.
 */
package org.voarchive.sia;

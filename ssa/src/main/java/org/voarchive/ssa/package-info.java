/**
 * SSA 1.1 service (to come): the queryData parameter validator and a typed builder that turns a
 * request into ADQL over {@code ivoa.obscore}, so that TAP's query engine, access policy and writers
 * serve it.
 */
package org.voarchive.ssa;

/**
 * UWS 1.1: the job model and its XML, and the {@link org.voarchive.server.uws.JobStore} SPI through
 * which the runner and the endpoints change jobs. Every change of phase is a compare-and-set, so that
 * two requests (a client's ABORT and the runner finishing) can never both win. No JAX-RS and no SQL here.
 */
package org.voarchive.server.uws;

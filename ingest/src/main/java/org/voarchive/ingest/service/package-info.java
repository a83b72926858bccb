/**
 * The back end inside the server: a CDI service that watches the incoming directory and drains the
 * stage chain, the transfer stream's authenticated HTTP push endpoint, and the {@code Published} CDI
 * event other modules (the facet index) observe.
 */
package org.voarchive.ingest.service;

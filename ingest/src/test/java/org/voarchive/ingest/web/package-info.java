/** Tests of the operators' view: the plot's geometry, parameter checks, and the resources over a seeded database. */
package org.voarchive.ingest.web;

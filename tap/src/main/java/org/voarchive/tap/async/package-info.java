/**
 * {@code /tap/async}: TAP queries as UWS jobs, stored in PostgreSQL and run on the container's managed
 * executor; results are files under the data directory until the job's destruction.
 */
package org.voarchive.tap.async;

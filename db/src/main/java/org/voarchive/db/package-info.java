/**
 * Storage: every table and migration of the archive, the demo holdings, and the implementations of the
 * server module's SPIs. Only this module (and the named query classes of the protocol modules) speaks
 * SQL.
 */
package org.voarchive.db;

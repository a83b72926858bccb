/**
 * What every protocol module shares and no storage code: configuration, VOSI, DALI plumbing and the
 * narrow SPIs that the {@code db} module implements. Nothing here uses JPA or SQL.
 */
package org.voarchive.server;

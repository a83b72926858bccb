/** Test support: validation of emitted XML against the official IVOA schemas. */
package org.voarchive.server.xml;

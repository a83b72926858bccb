/** The database's part in VOSI availability: a real query, as the role that user queries run as. */
package org.voarchive.db.availability;

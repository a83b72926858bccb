/**
 * What the archive does with its database when it starts: apply the migrations, load the demo holdings
 * into an empty archive, and remember what went wrong so that {@code /availability} can say why.
 */
package org.voarchive.db.startup;

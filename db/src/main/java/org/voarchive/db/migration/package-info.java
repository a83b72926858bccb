/**
 * Flyway migrations ({@code src/main/resources/db/migration}) and the class that applies them. The
 * migrations are the only place where the schema is defined.
 */
package org.voarchive.db.migration;

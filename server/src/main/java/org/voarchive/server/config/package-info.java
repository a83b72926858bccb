/**
 * The archive's configuration, read through MicroProfile Config so that every setting can be given as
 * an environment variable ({@code archive.db.url} as {@code ARCHIVE_DB_URL}), a system property or a
 * {@code microprofile-config.properties} file.
 */
package org.voarchive.server.config;

package org.voarchive.tap.adql.translate;

import org.voarchive.tap.adql.AdqlTranslator;

/** Quoting of names and strings for PostgreSQL, so that no text from a query can change the statement. */
final class SqlText {

    private SqlText() {
    }

    /** A delimited identifier: always quoted, embedded quotes doubled. */
    static String identifier(String name) {
        checkNoNul(name);
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * A catalog table's name in SQL. Tables uploaded with the query ({@code TAP_UPLOAD.name}) live in the
     * session's temporary schema, so they are named there and no other session can see them.
     */
    static String tableName(org.voarchive.server.tables.TableDescription table) {
        String schema = table.schemaName().equalsIgnoreCase(AdqlTranslator.UPLOAD_SCHEMA) ? "pg_temp" : table.schemaName();
        return identifier(schema) + "." + identifier(table.simpleName());
    }

    /**
     * A column name as TAP_SCHEMA gives it, without the double quotes that TAP 1.1 puts around names that
     * are ADQL reserved words (TAP_SCHEMA.columns lists its own {@code "size"} so): the name in the database.
     */
    static String undelimited(String name) {
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name;
    }

    /**
     * A string constant. Quotes are doubled; a string with a backslash becomes an escape string
     * ({@code E'...'}) with the backslash doubled, so its meaning does not depend on the server's
     * {@code standard_conforming_strings}.
     */
    static String string(String value) {
        checkNoNul(value);
        String quoted = value.replace("'", "''");
        return value.indexOf('\\') < 0 ? "'" + quoted + "'" : "E'" + quoted.replace("\\", "\\\\") + "'";
    }

    private static void checkNoNul(String text) {
        // PostgreSQL text cannot hold NUL, and a driver could cut the statement there.
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("NUL character in query text");
        }
    }
}

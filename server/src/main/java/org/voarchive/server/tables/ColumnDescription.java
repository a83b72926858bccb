package org.voarchive.server.tables;

import java.util.Objects;

/**
 * One column as TAP_SCHEMA 1.1 describes it.
 *
 * @param name the column name as stored (lower case for regular identifiers)
 * @param datatype the VOTable datatype: {@code char}, {@code unicodeChar}, {@code boolean}, {@code short},
 *     {@code int}, {@code long}, {@code float}, {@code double}
 * @param arraysize VOTable arraysize ({@code *}, {@code 2}, {@code 16*}), or null for a scalar
 * @param xtype DALI or custom xtype ({@code timestamp}, {@code point}, {@code polygon}), or null
 * @param unit VO unit string, or null
 * @param ucd UCD1+, or null
 * @param utype utype, or null
 * @param description human description, or null
 * @param principal whether the column is among the main ones of its table
 * @param indexed whether the database indexes it
 * @param std whether a standard (such as ObsCore) defines it
 */
public record ColumnDescription(String name, String datatype, String arraysize, String xtype, String unit,
        String ucd, String utype, String description, boolean principal, boolean indexed, boolean std) {

    public ColumnDescription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(datatype, "datatype");
    }

    /** A column with only a name and a type, for computed values. */
    public static ColumnDescription of(String name, String datatype, String arraysize, String xtype) {
        return new ColumnDescription(name, datatype, arraysize, xtype, null, null, null, null, false, false, false);
    }

    /** The same description under another name (an alias in a query). */
    public ColumnDescription named(String newName) {
        return new ColumnDescription(newName, datatype, arraysize, xtype, unit, ucd, utype, description, principal,
                indexed, std);
    }
}

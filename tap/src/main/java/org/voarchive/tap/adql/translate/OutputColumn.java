package org.voarchive.tap.adql.translate;

import java.util.Objects;
import org.voarchive.server.tables.ColumnDescription;

/**
 * One column a query produces.
 *
 * @param label the name it has in the SQL (unique in its select list) and that outer queries refer to it
 *     by
 * @param kind its type
 * @param description its metadata, under the name shown to the user
 * @param value the expression that computes it, before any conversion for output
 */
record OutputColumn(String label, Kind kind, ColumnDescription description, Typed value) {

    OutputColumn {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
    }
}

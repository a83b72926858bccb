package org.voarchive.tap.upload;

import java.util.List;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.server.tables.TableDescription;

/**
 * An uploaded table, read and checked, ready to load.
 *
 * @param name its name in TAP_UPLOAD
 * @param columns its columns as queries see them
 * @param sqlTypes the PostgreSQL type of each column
 * @param rows its rows, values matching the columns' types
 */
public record UploadTable(String name, List<ColumnDescription> columns, List<String> sqlTypes, List<Object[]> rows) {

    public UploadTable {
        columns = List.copyOf(columns);
        sqlTypes = List.copyOf(sqlTypes);
        rows = List.copyOf(rows);
    }

    /** How the table appears in the query's catalog: {@code TAP_UPLOAD.name}. */
    public TableDescription description() {
        return new TableDescription(UploadCatalog.SCHEMA, UploadCatalog.SCHEMA + "." + name, "table", null,
                "uploaded with the query", columns, List.of());
    }
}

package org.voarchive.tap.upload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.voarchive.db.query.QuerySetup;

/**
 * Loads uploaded tables into temporary tables of the query's session, dropped when its transaction
 * ends. Names and types come from the checked {@link UploadTable}s, quoted; values are bound.
 */
public final class UploadLoader implements QuerySetup {

    private static final int BATCH = 1000;
    /** PostgreSQL element types of the boxed arrays {@link UploadReader} produces. */
    private static final java.util.Map<Class<?>, String> ELEMENT_TYPES = java.util.Map.of(Short.class, "int2",
            Integer.class, "int4", Long.class, "int8", Float.class, "float4", Double.class, "float8", Boolean.class, "bool");

    private final List<UploadTable> tables;

    public UploadLoader(List<UploadTable> tables) {
        this.tables = List.copyOf(tables);
    }

    @Override
    public void prepare(Connection c) throws SQLException {
        for (UploadTable t : tables) {
            StringBuilder create = new StringBuilder("CREATE TEMPORARY TABLE ").append(quote(t.name())).append(" (");
            StringBuilder insert = new StringBuilder("INSERT INTO pg_temp.").append(quote(t.name())).append(" VALUES (");
            for (int i = 0; i < t.columns().size(); i++) {
                create.append(i == 0 ? "" : ", ").append(quote(t.columns().get(i).name())).append(' ')
                        .append(t.sqlTypes().get(i));
                insert.append(i == 0 ? "?" : ", ?");
            }
            try (Statement s = c.createStatement()) {
                s.execute(create.append(") ON COMMIT DROP").toString());
            }
            try (PreparedStatement s = c.prepareStatement(insert.append(')').toString())) {
                int pending = 0;
                for (Object[] row : t.rows()) {
                    for (int i = 0; i < row.length; i++) {
                        Object v = row[i];
                        s.setObject(i + 1, v instanceof Object[] array
                                ? c.createArrayOf(ELEMENT_TYPES.get(array.getClass().getComponentType()), array) : v);
                    }
                    s.addBatch();
                    if (++pending == BATCH) {
                        s.executeBatch();
                        pending = 0;
                    }
                }
                s.executeBatch();
            }
        }
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}

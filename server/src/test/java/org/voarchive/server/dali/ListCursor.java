package org.voarchive.server.dali;

import java.util.List;
import org.voarchive.server.tables.ColumnDescription;

/** A cursor over rows held in memory, stopping after {@code limit} rows like MAXREC. */
public final class ListCursor implements ResultCursor {

    private final List<ColumnDescription> columns;
    private final List<Object[]> rows;
    private final int limit;
    private int index = -1;

    public ListCursor(List<ColumnDescription> columns, List<Object[]> rows, int limit) {
        this.columns = columns;
        this.rows = rows;
        this.limit = limit;
    }

    @Override
    public List<ColumnDescription> columns() {
        return columns;
    }

    @Override
    public boolean next() {
        if (index + 1 >= Math.min(limit, rows.size())) {
            return false;
        }
        index++;
        return true;
    }

    @Override
    public Object value(int column) {
        return rows.get(index)[column];
    }

    @Override
    public boolean overflowed() {
        return rows.size() > limit;
    }

    @Override
    public void close() {
    }
}

package org.voarchive.ssa.web;

import java.io.IOException;
import java.util.List;
import org.voarchive.server.dali.ResultCursor;
import org.voarchive.ssa.query.SsaFields;
import org.voarchive.server.tables.ColumnDescription;

/** A TAP result seen through SSA's eyes: the same rows, columns re-described with SSA utypes and UCDs. */
final class SsaCursor implements ResultCursor {

    private final ResultCursor rows;
    private final List<ColumnDescription> columns;

    SsaCursor(ResultCursor rows) {
        this.rows = rows;
        this.columns = rows.columns().stream().map(SsaFields::describe).toList();
    }

    @Override
    public List<ColumnDescription> columns() {
        return columns;
    }

    @Override
    public boolean next() throws IOException {
        return rows.next();
    }

    @Override
    public Object value(int column) throws IOException {
        return rows.value(column);
    }

    @Override
    public String text(int column) throws IOException {
        return rows.text(column);
    }

    @Override
    public boolean overflowed() {
        return rows.overflowed();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}

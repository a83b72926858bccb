package org.voarchive.ssa.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.voarchive.server.dali.ResultCursor;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.ssa.query.SsaFields;
import org.voarchive.ssa.query.SsaQuery;

/**
 * A TAP result seen through SSA's eyes: columns re-described with SSA utypes and UCDs, and each FITS
 * spectrum's row followed, when FORMAT asks for VOTable, by a row for its VOTable form (access reference
 * {@code datalink/spectrum/<dp_id>.vot} on the request's base URL, format application/x-votable+xml, size
 * unknown). A stored row FORMAT does not want is left out, so every source row gives one or two rows; the
 * source is read with the same MAXREC, and the answer stops at MAXREC rows and says it overflowed.
 */
final class SsaCursor implements ResultCursor {

    static final String VOTABLE = "application/x-votable+xml";
    /** Where the datalink module serves the VOTable form of a released spectrum. */
    private static final String SPECTRUM_PATH = "datalink/spectrum/";

    private final ResultCursor rows;
    private final List<ColumnDescription> columns;
    private final SsaQuery query;
    private final URI base;
    private final int url;
    private final int format;
    private final int size;
    private final int did;
    private boolean pendingVoTable;
    private boolean voTableRow;
    private long given;
    private boolean truncated;
    private boolean ended;

    SsaCursor(ResultCursor rows, SsaQuery query, URI base) {
        this.rows = rows;
        this.columns = rows.columns().stream().map(SsaFields::describe).toList();
        this.query = query;
        this.base = base;
        this.url = index("access_url");
        this.format = index("access_format");
        this.size = index("access_estsize");
        this.did = index("obs_publisher_did");
    }

    private int index(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("the SSA query selects no " + name);
    }

    @Override
    public List<ColumnDescription> columns() {
        return columns;
    }

    @Override
    public boolean next() throws IOException {
        if (ended) {
            return false;
        }
        if (given >= query.maxrec()) {
            ended = true;
            truncated = pendingVoTable || rows.next();
            return false;
        }
        if (pendingVoTable) {
            pendingVoTable = false;
            voTableRow = true;
            given++;
            return true;
        }
        while (rows.next()) {
            String stored = (String) rows.value(format);
            boolean votable = query.wantsVoTableOf(stored) && rows.value(did) != null;
            if (query.wantsStored(stored)) {
                pendingVoTable = votable;
                voTableRow = false;
                given++;
                return true;
            }
            if (votable) {
                voTableRow = true;
                given++;
                return true;
            }
        }
        ended = true;
        return false;
    }

    @Override
    public Object value(int column) throws IOException {
        if (voTableRow) {
            if (column == url) {
                String id = (String) rows.value(did);
                return base.resolve(SPECTRUM_PATH + id.substring(id.lastIndexOf('?') + 1) + ".vot").toString();
            }
            if (column == format) {
                return VOTABLE;
            }
            if (column == size) {
                return null;
            }
        }
        return rows.value(column);
    }

    @Override
    public byte[] text(int column) throws IOException {
        return voTableRow && (column == url || column == format || column == size)
                ? ResultCursor.super.text(column) : rows.text(column);
    }

    @Override
    public boolean overflowed() {
        return truncated || rows.overflowed();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}

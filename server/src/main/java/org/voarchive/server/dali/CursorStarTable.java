package org.voarchive.server.dali;

import java.io.IOException;
import java.util.List;
import uk.ac.starlink.table.AbstractStarTable;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.DescribedValue;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.Tables;
import uk.ac.starlink.votable.VOStarTable;
import org.voarchive.server.tables.ColumnDescription;

/**
 * A {@link ResultCursor} seen as a STIL table: unknown row count, one pass only. Column metadata
 * (unit, UCD, utype, xtype, arraysize, description) comes across from the cursor's descriptions.
 */
public final class CursorStarTable extends AbstractStarTable {

    private final ResultCursor cursor;
    private final ColumnInfo[] columns;
    private boolean read;

    CursorStarTable(ResultCursor cursor) {
        this.cursor = cursor;
        List<ColumnDescription> described = cursor.columns();
        this.columns = new ColumnInfo[described.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = columnInfo(described.get(i));
        }
    }

    /** Gives a column's FIELD an XML ID, which service descriptors reference. */
    void identify(int column, String id) {
        columns[column].setAuxDatum(new DescribedValue(VOStarTable.ID_INFO, id));
    }

    /** A column's STIL description: class, unit, UCD, utype, xtype, shape and the null value of integers. */
    public static ColumnInfo columnInfo(ColumnDescription c) {
        ColumnInfo info = new ColumnInfo(c.name(), contentClass(c), c.description());
        info.setUnitString(c.unit());
        info.setUCD(c.ucd());
        info.setUtype(c.utype());
        info.setXtype(c.xtype());
        if (info.getContentClass().isArray()) {
            info.setShape(new int[] {"*".equals(c.arraysize()) || c.arraysize() == null ? -1
                : Integer.parseInt(c.arraysize().replace("*", ""))});
        }
        Object nullValue = switch (c.datatype()) {
            case "short" -> Short.MIN_VALUE;
            case "int" -> Integer.MIN_VALUE;
            case "long" -> Long.MIN_VALUE;
            default -> null;
        };
        if (nullValue != null && !info.getContentClass().isArray()) {
            info.setAuxDatum(new uk.ac.starlink.table.DescribedValue(Tables.NULL_VALUE_INFO, nullValue));
        }
        return info;
    }

    /** The Java class of a column's values, as {@link ResultCursor} documents them. */
    static Class<?> contentClass(ColumnDescription c) {
        boolean array = c.arraysize() != null && !c.datatype().endsWith("har");
        return switch (c.datatype()) {
            case "char", "unicodeChar" -> String.class;
            case "boolean" -> array ? boolean[].class : Boolean.class;
            case "short" -> array ? short[].class : Short.class;
            case "int" -> array ? int[].class : Integer.class;
            case "long" -> array ? long[].class : Long.class;
            case "float" -> array ? float[].class : Float.class;
            case "double" -> array ? double[].class : Double.class;
            default -> throw new IllegalArgumentException("no VOTable datatype " + c.datatype() + " for " + c.name());
        };
    }

    @Override
    public ColumnInfo getColumnInfo(int column) {
        return columns[column];
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public long getRowCount() {
        return -1;
    }

    @Override
    public synchronized RowSequence getRowSequence() throws IOException {
        if (read) {
            throw new IOException("a query result can be read only once");
        }
        read = true;
        return new RowSequence() {
            @Override
            public boolean next() throws IOException {
                return cursor.next();
            }

            @Override
            public Object getCell(int column) throws IOException {
                return cursor.value(column);
            }

            @Override
            public Object[] getRow() throws IOException {
                Object[] row = new Object[columns.length];
                for (int i = 0; i < row.length; i++) {
                    row[i] = cursor.value(i);
                }
                return row;
            }

            @Override
            public void close() {
                // the cursor belongs to the caller, who closes it
            }
        };
    }
}

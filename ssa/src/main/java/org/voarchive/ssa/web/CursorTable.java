package org.voarchive.ssa.web;

import java.io.IOException;
import java.util.List;
import uk.ac.starlink.table.AbstractStarTable;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.DescribedValue;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.Tables;
import org.voarchive.server.dali.ResultCursor;
import org.voarchive.server.tables.ColumnDescription;

/**
 * A result cursor as a STIL table, read once, so that STIL serializes SSA's result table inside the
 * document {@link SsaVoTable} writes around it. Values arrive as {@link ResultCursor} documents them.
 */
final class CursorTable extends AbstractStarTable {

    private final ResultCursor cursor;
    private final ColumnInfo[] columns;

    CursorTable(ResultCursor cursor) {
        this.cursor = cursor;
        List<ColumnDescription> described = cursor.columns();
        columns = new ColumnInfo[described.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = info(described.get(i));
        }
    }

    static ColumnInfo info(ColumnDescription c) {
        boolean array = c.arraysize() != null && !c.datatype().endsWith("har");
        Class<?> type = switch (c.datatype()) {
            case "char", "unicodeChar" -> String.class;
            case "boolean" -> array ? boolean[].class : Boolean.class;
            case "short" -> array ? short[].class : Short.class;
            case "int" -> array ? int[].class : Integer.class;
            case "long" -> array ? long[].class : Long.class;
            case "float" -> array ? float[].class : Float.class;
            case "double" -> array ? double[].class : Double.class;
            default -> throw new IllegalArgumentException("no VOTable datatype " + c.datatype() + " for " + c.name());
        };
        ColumnInfo info = new ColumnInfo(c.name(), type, c.description());
        info.setUnitString(c.unit());
        info.setUCD(c.ucd());
        info.setUtype(c.utype());
        info.setXtype(c.xtype());
        if (array) {
            String size = c.arraysize().replace("*", "");
            info.setShape(new int[] {size.isEmpty() ? -1 : Integer.parseInt(size)});
        } else if (c.datatype().equals("long") || c.datatype().equals("int") || c.datatype().equals("short")) {
            // integers need a declared null value in VOTable
            Object none = switch (c.datatype()) {
                case "short" -> Short.MIN_VALUE;
                case "int" -> Integer.MIN_VALUE;
                default -> Long.MIN_VALUE;
            };
            info.setAuxDatum(new DescribedValue(Tables.NULL_VALUE_INFO, none));
        }
        return info;
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
    public RowSequence getRowSequence() {
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
                // the cursor belongs to the caller
            }
        };
    }
}

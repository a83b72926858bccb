package org.voarchive.tap.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.tables.ColumnDescription;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.util.ByteArrayDataSource;

/** Reads an uploaded VOTable (any serialization) within the configured size and row limits. */
public final class UploadReader {

    private final long maxBytes;
    private final long maxRows;

    /**
     * @param maxBytes the largest upload accepted, in bytes
     * @param maxRows the most rows an upload may have
     */
    public UploadReader(long maxBytes, long maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /**
     * Reads a table.
     *
     * @param name its name in TAP_UPLOAD, for messages
     * @param in the VOTable; read to its end or the size limit, not closed
     * @throws DaliException when it is too large, has too many rows, is not a VOTable, or has a column
     *     of a type that cannot be queried
     */
    public UploadTable read(String name, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new DaliException("upload " + name + " is larger than the limit of " + maxBytes + " bytes");
        }
        StarTable table;
        try {
            table = new StarTableFactory(false).makeStarTable(new ByteArrayDataSource(name, bytes), "votable");
        } catch (IOException | RuntimeException e) {
            throw new DaliException("upload " + name + " is not a readable VOTable: " + e.getMessage(), e);
        }
        List<ColumnDescription> columns = new ArrayList<>();
        List<String> types = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < table.getColumnCount(); i++) {
            ColumnInfo info = table.getColumnInfo(i);
            String column = info.getName() == null || info.getName().isBlank() ? "col" + (i + 1) : info.getName();
            if (!names.add(column.toLowerCase(Locale.ROOT))) {
                throw new DaliException("upload " + name + " has two columns named " + column);
            }
            Class<?> type = info.getContentClass();
            String[] mapped = mapping(type);
            columns.add(new ColumnDescription(column, mapped[0], mapped[1], info.getXtype(), info.getUnitString(),
                    info.getUCD(), info.getUtype(), info.getDescription(), false, false, false));
            types.add(mapped[2]);
        }
        List<Object[]> rows = new ArrayList<>();
        try (RowSequence s = table.getRowSequence()) {
            while (s.next()) {
                if (rows.size() >= maxRows) {
                    throw new DaliException("upload " + name + " has more than the limit of " + maxRows + " rows");
                }
                Object[] row = s.getRow();
                for (int i = 0; i < row.length; i++) {
                    row[i] = value(row[i]);
                }
                rows.add(row);
            }
        }
        return new UploadTable(name, columns, types, rows);
    }

    /**
     * VOTable datatype, arraysize and PostgreSQL type for a STIL content class: an upload keeps its types.
     * What has no column type of its own here (complex numbers, string arrays) is kept as text, so that it
     * can still be selected.
     */
    private static String[] mapping(Class<?> type) {
        if (type == String.class || type == Character.class) {
            return new String[] {"char", "*", "text"};
        } else if (type == Boolean.class) {
            return new String[] {"boolean", null, "boolean"};
        } else if (type == Byte.class || type == Short.class) {
            return new String[] {"short", null, "smallint"};
        } else if (type == Integer.class) {
            return new String[] {"int", null, "integer"};
        } else if (type == Long.class) {
            return new String[] {"long", null, "bigint"};
        } else if (type == Float.class) {
            return new String[] {"float", null, "real"};
        } else if (type == Double.class) {
            return new String[] {"double", null, "double precision"};
        } else if (type == byte[].class || type == short[].class) {
            return new String[] {"short", "*", "smallint[]"};
        } else if (type == int[].class) {
            return new String[] {"int", "*", "integer[]"};
        } else if (type == long[].class) {
            return new String[] {"long", "*", "bigint[]"};
        } else if (type == float[].class) {
            return new String[] {"float", "*", "real[]"};
        } else if (type == double[].class) {
            return new String[] {"double", "*", "double precision[]"};
        } else if (type == boolean[].class) {
            return new String[] {"boolean", "*", "boolean[]"};
        }
        return new String[] {"char", "*", "text"};
    }

    /** A cell as JDBC binds it: bytes as shorts, characters as strings, primitive arrays boxed, the rest as text. */
    private static Object value(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Short || v instanceof Integer
                || v instanceof Long || v instanceof Float || v instanceof Double) {
            return v;
        } else if (v instanceof Byte b) {
            return (short) (b & 0xff);
        } else if (v instanceof Character c) {
            return c.toString();
        } else if (v instanceof byte[] bytes) {
            Short[] out = new Short[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                out[i] = (short) (bytes[i] & 0xff);
            }
            return out;
        } else if (v.getClass().isArray() && v.getClass().getComponentType().isPrimitive() && !(v instanceof char[])) {
            int n = java.lang.reflect.Array.getLength(v);
            Object[] out = (Object[]) java.lang.reflect.Array.newInstance(boxed(v.getClass()), n);
            for (int i = 0; i < n; i++) {
                out[i] = java.lang.reflect.Array.get(v, i);
            }
            return out;
        } else if (v instanceof char[] chars) {
            return new String(chars);
        } else if (v instanceof Object[] objects) {
            return java.util.Arrays.deepToString(objects);
        }
        return v.toString();
    }

    private static Class<?> boxed(Class<?> arrayType) {
        Class<?> c = arrayType.getComponentType();
        return c == short.class ? Short.class : c == int.class ? Integer.class : c == long.class ? Long.class
                : c == float.class ? Float.class : c == double.class ? Double.class : Boolean.class;
    }
}

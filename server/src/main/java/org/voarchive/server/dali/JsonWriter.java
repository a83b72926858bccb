package org.voarchive.server.dali;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.voarchive.server.tables.ColumnDescription;

/**
 * JSON: {@code {"columns": [...metadata...], "data": [[...], ...], "overflow": false}}. Column metadata
 * uses the VOTable attribute names; arrays are JSON arrays; NaN and NULL are null.
 */
final class JsonWriter implements ResultWriter {

    @Override
    public void write(ResultCursor cursor, OutputStream out) throws IOException {
        JsonGenerator g = Json.createGenerator(new UnclosedStream(out));
        g.writeStartObject();
        g.writeStartArray("columns");
        List<ColumnDescription> columns = cursor.columns();
        for (ColumnDescription c : columns) {
            g.writeStartObject().write("name", c.name()).write("datatype", c.datatype());
            optional(g, "arraysize", c.arraysize());
            optional(g, "xtype", c.xtype());
            optional(g, "unit", c.unit());
            optional(g, "ucd", c.ucd());
            optional(g, "utype", c.utype());
            optional(g, "description", c.description());
            g.writeEnd();
        }
        g.writeEnd();
        g.writeStartArray("data");
        while (cursor.next()) {
            g.writeStartArray();
            for (int i = 0; i < columns.size(); i++) {
                value(g, cursor.value(i));
            }
            g.writeEnd();
        }
        g.writeEnd();
        g.write("overflow", cursor.overflowed());
        g.writeEnd();
        g.close();
    }

    private static void optional(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.write(name, value);
        }
    }

    private static void value(JsonGenerator g, Object v) {
        if (v == null || v instanceof Double d && !Double.isFinite(d) || v instanceof Float f && !Float.isFinite(f)) {
            g.writeNull();
        } else if (v instanceof double[] array) {
            g.writeStartArray();
            for (double d : array) {
                if (Double.isFinite(d)) {
                    g.write(d);
                } else {
                    g.writeNull();
                }
            }
            g.writeEnd();
        } else if (v instanceof Double d) {
            g.write(d);
        } else if (v instanceof Float f) {
            g.write(f.doubleValue());
        } else if (v instanceof Long l) {
            g.write(l);
        } else if (v instanceof Integer || v instanceof Short) {
            g.write(((Number) v).intValue());
        } else if (v instanceof Boolean b) {
            g.write(b);
        } else {
            g.write(v.toString());
        }
    }
}

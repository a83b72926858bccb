package org.voarchive.server.dali;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.voarchive.server.tables.ColumnDescription;

/**
 * CSV (RFC 4180) or TSV: a header line of column names, then one line per row. Arrays are written as
 * DALI writes them in text, space-separated; NULL is an empty field. Overflow cannot be marked in these
 * formats, so the rows simply stop at MAXREC.
 */
final class DelimitedWriter implements ResultWriter {

    private final char separator;

    DelimitedWriter(char separator) {
        this.separator = separator;
    }

    @Override
    public void write(ResultCursor cursor, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<ColumnDescription> columns = cursor.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                w.write(separator);
            }
            w.write(field(columns.get(i).name()));
        }
        w.write("\r\n");
        int n = columns.size();
        while (cursor.next()) {
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    w.write(separator);
                }
                w.write(field(cursor.text(i)));
            }
            w.write("\r\n");
        }
        w.flush();
    }

    private String field(String text) {
        boolean special = false;
        for (int i = 0; i < text.length() && !special; i++) {
            char c = text.charAt(i);
            special = c == separator || c == '"' || c == '\n' || c == '\r' || c == '\t';
        }
        if (!special) {
            return text;
        }
        if (separator == '\t') {
            return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}

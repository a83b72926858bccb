package org.voarchive.server.dali;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.voarchive.server.tables.ColumnDescription;

/**
 * CSV (RFC 4180) or TSV: a header line of column names, then one line per row. Arrays are written as
 * DALI writes them in text, space-separated; NULL is an empty field. Overflow cannot be marked in these
 * formats, so the rows simply stop at MAXREC.
 *
 * <p>Fields go out as the cursor's UTF-8 bytes, copied into one buffer: characters that need quoting or
 * replacing are all ASCII, so the scan needs no decoding, and a result of numbers streams as fast as the
 * database sends its text.
 */
final class DelimitedWriter implements ResultWriter {

    private static final int BUFFER = 64 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private final byte separator;

    DelimitedWriter(char separator) {
        this.separator = (byte) separator;
    }

    @Override
    public void write(ResultCursor cursor, OutputStream out) throws IOException {
        Output output = new Output(out);
        List<ColumnDescription> columns = cursor.columns();
        int n = columns.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                output.put(separator);
            }
            field(columns.get(i).name().getBytes(StandardCharsets.UTF_8), output);
        }
        output.put(CRLF);
        while (cursor.next()) {
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    output.put(separator);
                }
                field(cursor.text(i), output);
            }
            output.put(CRLF);
        }
        output.flush();
    }

    private void field(byte[] text, Output output) throws IOException {
        int special = -1;
        for (int i = 0; i < text.length; i++) {
            byte c = text[i];
            if (c == separator || c == '"' || c == '\n' || c == '\r' || c == '\t') {
                special = i;
                break;
            }
        }
        if (special < 0) {
            output.put(text);
        } else if (separator == '\t') {
            // TSV has no quoting: a tab or line break inside a value becomes a space
            for (byte c : text) {
                output.put(c == '\t' || c == '\n' || c == '\r' ? (byte) ' ' : c);
            }
        } else {
            output.put((byte) '"');
            for (byte c : text) {
                if (c == '"') {
                    output.put((byte) '"');
                }
                output.put(c);
            }
            output.put((byte) '"');
        }
    }

    /** An unsynchronized output buffer: one writer thread fills it. */
    private static final class Output {

        private final OutputStream out;
        private final byte[] buffer = new byte[BUFFER];
        private int used;

        Output(OutputStream out) {
            this.out = out;
        }

        void put(byte b) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = b;
        }

        void put(byte[] bytes) throws IOException {
            if (bytes.length > buffer.length - used) {
                drain();
                if (bytes.length > buffer.length) {
                    out.write(bytes);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }

        void flush() throws IOException {
            drain();
            out.flush();
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}

package org.voarchive.server.dali;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a whole result in one format. Implementations are stateless and thread safe. */
public interface ResultWriter {

    /**
     * Writes every row of the cursor, then flushes; the stream stays open.
     *
     * @param cursor the rows, read once; the writer does not close it
     * @param out where to write
     */
    void write(ResultCursor cursor, OutputStream out) throws IOException;
}

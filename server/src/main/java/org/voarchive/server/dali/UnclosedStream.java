package org.voarchive.server.dali;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that a library may close when it is done writing without closing the caller's stream under
 * it: closing only flushes. Writers (JSON generators, FITS streams) close what they are given.
 */
public final class UnclosedStream extends FilterOutputStream {

    public UnclosedStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}

package org.voarchive.datalink.files;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Part of a file written to a response through a small buffer, so that files of any size are served
 * without being held in memory.
 */
final class FileSlice implements StreamingOutput {

    private static final int BUFFER = 1 << 16;

    private final Path path;
    private final long first;
    private final long length;

    FileSlice(Path path, long first, long length) {
        this.path = path;
        this.first = first;
        this.length = length;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            long position = first;
            long remaining = length;
            while (remaining > 0) {
                buffer.clear().limit((int) Math.min(BUFFER, remaining));
                int n = channel.read(buffer, position);
                if (n < 0) {
                    throw new IOException(path.getFileName() + " is shorter than its record says");
                }
                out.write(buffer.array(), 0, n);
                position += n;
                remaining -= n;
            }
        }
        out.flush();
    }
}

package org.voarchive.ingest.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Files on local disk under one root. Paths handed out and accepted are relative to the root, so the
 * database never records where the store happens to be mounted.
 *
 * <p>Everything arrives through {@link #receive}: bytes are copied into a temporary file beside their
 * destination while their SHA-256 is computed, and {@link #commit} renames the temporary file into place.
 * A rename within one file system is atomic, so a reader (or a restarted ingest) sees a complete file or
 * nothing.
 */
public final class ArchiveStore {

    private static final String TEMP_DIR = ".tmp";

    private final Path root;

    public ArchiveStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root.resolve(TEMP_DIR));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the archive store at " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** The absolute path of a stored file. */
    public Path resolve(String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("not a path inside the store: " + relative);
        }
        return p;
    }

    /** Copies a stream into a temporary file of the store, computing its checksum on the way. */
    public Received receive(InputStream in) throws IOException {
        Path temp = root.resolve(TEMP_DIR).resolve(UUID.randomUUID() + ".part");
        MessageDigest sha = sha256();
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
            size = in.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Received(temp, HexFormat.of().formatHex(sha.digest()), size);
    }

    /** A new temporary file in the store, for a writer that produces a file to be committed. */
    public Path temporaryFile(String suffix) {
        return root.resolve(TEMP_DIR).resolve(UUID.randomUUID() + suffix);
    }

    /**
     * Moves a temporary file to its place, replacing what is there: a retried ingest writes the same
     * bytes under the same name, so replacing is what makes retries harmless.
     */
    public void commit(Path temp, String relative) throws IOException {
        Path target = resolve(relative);
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static String sha256Of(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** Bytes received into a temporary file: where they are, their SHA-256 (hex) and their length. */
    public record Received(Path temp, String sha256, long size) {

        public void discard() throws IOException {
            Files.deleteIfExists(temp);
        }
    }
}

package org.voarchive.ingest.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The watched landing directory. A file is taken once it has not changed for a moment (the transfer
 * that writes it may still be running) and does not look like a partial transfer ({@code .part},
 * {@code .tmp}, hidden names). It is deleted only after its landing committed, so a crash in between
 * lands it again next time, which changes nothing.
 */
public final class IncomingDirectory {

    private static final List<String> PARTIAL_SUFFIXES = List.of(".part", ".tmp", ".filepart", ".crdownload");

    private final Path directory;
    private final Duration settle;

    public IncomingDirectory(Path directory, Duration settle) throws IOException {
        this.directory = directory;
        this.settle = settle;
        Files.createDirectories(directory);
    }

    public Path directory() {
        return directory;
    }

    /** Files ready to land now, oldest name first (ARCFILE names sort by time). */
    public List<Path> ready(Instant now) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.walk(directory)) {
            for (Path p : (Iterable<Path>) listing.filter(Files::isRegularFile).sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || PARTIAL_SUFFIXES.stream().anyMatch(name::endsWith)) {
                    continue;
                }
                FileTime modified = Files.getLastModifiedTime(p);
                if (Duration.between(modified.toInstant(), now).compareTo(settle) >= 0) {
                    files.add(p);
                }
            }
        }
        return files;
    }

    /** Lands one file and removes it from the directory. */
    public Landing.Result land(Landing landing, Path file) throws IOException, SQLException {
        Landing.Result result;
        try (InputStream in = Files.newInputStream(file)) {
            result = landing.land(in, directory.relativize(file).toString());
        }
        Files.deleteIfExists(file);
        return result;
    }
}

package org.voarchive.ingest.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SimulateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void badUsagePrintsTheUsageAndReturnsTwo() {
        assertEquals(2, run("--nights", "two", "--out", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--nights needs an integer, not two"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(SimulateCommand.USAGE));
        assertEquals(2, run("--out", "x"));
        assertEquals(2, run("--nights", "1", "--out", "x", "--fast"));
        assertEquals(2, run("--nights", "0", "--out", "x"));
    }

    @Test
    void writesTheStreamAndSummarisesEachNight(@TempDir Path dir) throws Exception {
        assertEquals(0, run("--nights", "1", "--out", dir.toString(), "--seed", "7", "--small"));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("2024-03-11"), lines[0]);
        assertTrue(lines[1].startsWith("total"), lines[1]);
        Manifest manifest = Manifest.read(dir.resolve(Manifest.FILE_NAME));
        assertTrue(lines[1].contains("files " + String.format("%4d", manifest.entries().size())), lines[1]);
        assertTrue(Files.exists(dir.resolve(manifest.entries().get(0).fileName())));
    }
}

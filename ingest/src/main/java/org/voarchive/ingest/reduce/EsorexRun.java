package org.voarchive.ingest.reduce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of an esorex recipe in its own work directory: writes the set-of-frames file, runs
 * {@code esorex --output-dir=<dir> --log-dir=<dir> <recipe> <sof>} and turns a failure into a
 * {@link ReductionException} ending with the tail of esorex's log.
 */
final class EsorexRun {

    private static final long TIMEOUT_MINUTES = 30;
    private static final int LOG_TAIL_LINES = 15;

    private EsorexRun() {
    }

    /** A raw frame and the tag the recipe knows it by. */
    record Input(Path file, String tag) {
    }

    /** Runs {@code recipe} on {@code inputs} in {@code workDir} and returns the directory holding its products. */
    static Path run(Path executable, String recipe, List<Input> inputs, Path workDir) throws ReductionException {
        try {
            Path out = Files.createDirectories(workDir.resolve("out"));
            List<String> sof = new ArrayList<>();
            for (Input input : inputs) {
                sof.add(input.file().toAbsolutePath() + " " + input.tag());
            }
            Path sofFile = Files.write(workDir.resolve(recipe + ".sof"), sof);
            Process process = new ProcessBuilder(executable.toString(), "--output-dir=" + out, "--log-dir=" + out,
                    recipe, sofFile.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("stdout.txt").toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new ReductionException("esorex " + recipe + " did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new ReductionException("esorex " + recipe + " failed with exit status " + process.exitValue()
                        + ":\n" + logTail(out));
            }
            return out;
        } catch (IOException e) {
            throw new ReductionException("cannot run esorex " + recipe + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReductionException("interrupted while esorex " + recipe + " ran", e);
        }
    }

    /** The last lines of esorex.log, without the CPL version notices that fill it. */
    static String logTail(Path out) {
        Path log = out.resolve("esorex.log");
        try {
            List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.contains("Run-time version")).toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no esorex log: " + e.getMessage() + ")";
        }
    }

    static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Leaving a temporary directory behind loses nothing the caller needs.
        }
    }
}

package org.voarchive.ingest.simulate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command line: {@code --nights N --out DIR [--seed S] [--small]} writes a simulated transfer stream and
 * prints one summary line per night and a total. Bad usage prints the usage and exits with status 2; a
 * failed write exits with status 1.
 */
public final class SimulateCommand {

    static final String USAGE = "usage: simulate --nights N --out DIR [--seed S] [--small]";
    private static final long DEFAULT_SEED = 1;

    private SimulateCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; returns the exit status instead of exiting, so that tests can call it. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        SimulationPlan plan;
        Path dir;
        try {
            Integer nights = null;
            String outDir = null;
            long seed = DEFAULT_SEED;
            FrameScale scale = FrameScale.REALISTIC_LIGHT;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--nights" -> nights = (int) number(args, ++i);
                    case "--out" -> outDir = value(args, ++i);
                    case "--seed" -> seed = number(args, ++i);
                    case "--small" -> scale = FrameScale.SMALL;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (nights == null || outDir == null) {
                throw new IllegalArgumentException("--nights and --out are required");
            }
            plan = new SimulationPlan(seed, nights, SimulationPlan.DEFAULT_START, scale);
            dir = Path.of(outDir);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Manifest manifest;
        try {
            manifest = new TransferStreamSimulator(plan).write(dir);
        } catch (IOException e) {
            err.println("simulation failed: " + e.getMessage());
            return 1;
        }
        Map<LocalDate, Tally> nights = new TreeMap<>();
        Tally total = new Tally();
        for (ManifestEntry entry : manifest.entries()) {
            nights.computeIfAbsent(entry.night(), n -> new Tally()).add(entry);
            total.add(entry);
        }
        nights.forEach((night, tally) -> out.println(night + "  " + tally));
        out.println("total       " + total + "  -> " + dir.resolve(Manifest.FILE_NAME));
        return 0;
    }

    private static long number(String[] args, int i) {
        String text = value(args, i);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(args[i - 1] + " needs an integer, not " + text);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** Counts of one night's (or all nights') files. */
    private static final class Tally {
        private int uves;
        private int hawki;
        private int other;
        private int bad;
        private int incomplete;

        void add(ManifestEntry entry) {
            switch (entry.instrument()) {
                case "UVES" -> uves++;
                case "HAWKI" -> hawki++;
                default -> other++;
            }
            if (entry.bad()) {
                bad++;
            }
            if (entry.expectedStatus() == Defect.ExpectedStatus.INCOMPLETE) {
                incomplete++;
            }
        }

        @Override
        public String toString() {
            return String.format("files %4d  UVES %3d  HAWKI %3d  other %d  bad %d  incomplete %d",
                    uves + hawki + other, uves, hawki, other, bad, incomplete);
        }
    }
}

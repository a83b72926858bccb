package org.voarchive.ingest.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar redrawn in place on a terminal; without a terminal (CI logs, pipes) it prints
 * a plain line every tenth of the way, so logs stay readable.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final boolean terminal;
    private long total;
    private long done;
    private int lastTenth = -1;

    ProgressBar(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(total, 1);
        this.terminal = System.console() != null;
    }

    void step(String note) {
        done++;
        total = Math.max(total, done);
        int filled = (int) (WIDTH * done / total);
        if (terminal) {
            out.printf("\r%-10s [%s%s] %d/%d %-40.40s", label, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, note);
        } else {
            int tenth = (int) (10 * done / total);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.printf("%s %d/%d%n", label, done, total);
            }
        }
    }

    void finish() {
        if (terminal) {
            out.println();
        }
    }
}

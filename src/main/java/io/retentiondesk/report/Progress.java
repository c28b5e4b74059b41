package io.retentiondesk.report;

import java.io.PrintStream;

/**
 * Progress of a long run on the terminal: a line at most every two seconds, so short runs stay quiet.
 */
public final class Progress {
    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final long start = System.nanoTime();
    private long lastPrinted = start;

    public Progress(PrintStream out) {
        this.out = out;
    }

    public static Progress silent() {
        return new Progress(null);
    }

    public void tickets(long read, String file) {
        long now = System.nanoTime();
        if (out == null || now - lastPrinted < INTERVAL_NANOS) {
            return;
        }
        lastPrinted = now;
        double seconds = (now - start) / 1e9;
        out.printf("... %,d tickets read (%,.0f/s), now %s%n", read, read / seconds, file);
    }

    public void say(String line) {
        if (out != null) {
            out.println(line);
        }
    }
}

package io.retentiondesk.report;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What a run tells the person watching it, in their language: a progress line at most every two seconds (so
 * short runs stay quiet), and the texts of notices.
 */
public final class Progress {
    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final Messages messages;
    private final long start = System.nanoTime();
    private long lastPrinted = start;

    public Progress(PrintStream out, Messages messages) {
        this.out = out;
        this.messages = messages;
    }

    /** Prints nothing; notices are in English. */
    public static Progress silent() {
        return new Progress(null, new Messages(Locale.ENGLISH));
    }

    public void tickets(long read, String file) {
        long now = System.nanoTime();
        if (out == null || now - lastPrinted < INTERVAL_NANOS) {
            return;
        }
        lastPrinted = now;
        double seconds = (now - start) / 1e9;
        out.println(messages.get("retention.cli.progress", read, Math.round(read / seconds), file));
    }

    /** The calibration's progress over customers, at most every two seconds like {@link #tickets}. */
    public void customers(int done, int total) {
        long now = System.nanoTime();
        if (out == null || now - lastPrinted < INTERVAL_NANOS) {
            return;
        }
        lastPrinted = now;
        out.println(messages.get("retention.cli.calibrating", done, total));
    }

    /** Prints a translated line. */
    public void say(String key, Object... args) {
        if (out != null) {
            out.println(messages.get(key, args));
        }
    }

    /** A translated text, for notices kept in the result. */
    public String text(String key, Object... args) {
        return messages.get(key, args);
    }
}

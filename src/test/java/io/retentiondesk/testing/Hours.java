package io.retentiondesk.testing;

import java.time.Instant;

/** Times given as hours after a base time, as the SPEC's worked examples give them. */
public final class Hours {
    private Hours() {
    }

    /** {@code base} plus this many hours (fractions to the millisecond). */
    public static Instant after(Instant base, double hours) {
        return base.plusMillis(Math.round(hours * 3_600_000));
    }
}

package io.retentiondesk.core.churn;

import java.time.Instant;
import java.util.Objects;

/**
 * One occurrence of a signal on a ticket, with its undecayed points and the date its age counts from.
 */
public record SignalOccurrence(RiskSignal signal, String ticketKey, Instant date, double points) {
    public SignalOccurrence {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(date, "date");
    }
}

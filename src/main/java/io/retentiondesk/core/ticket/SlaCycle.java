package io.retentiondesk.core.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * One cycle of a JSM SLA ({@code sd-sla-field}).
 *
 * @param slaName  the SLA's name, e.g. "Time to first response"
 * @param stopTime when a completed cycle stopped; {@code null} for the ongoing cycle
 * @param breached whether the cycle missed its goal
 */
public record SlaCycle(String slaName, Instant stopTime, boolean breached) {
    public SlaCycle {
        Objects.requireNonNull(slaName, "slaName");
    }

    public boolean completed() {
        return stopTime != null;
    }
}

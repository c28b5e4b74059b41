package io.retentiondesk.core.ticket;

import java.time.Instant;
import java.util.List;

/**
 * What happened on a ticket up to {@code asOf} (SPEC §2, §11), measured in calendar hours.
 *
 * @param resolvedAt          final resolution as of asOf; {@code null} when the ticket is unresolved then
 * @param resolutionName      that resolution's name, {@code null} when unresolved or unknown
 * @param firstResponseHours  aFR; {@code NaN} for an unresolved ticket without a response
 * @param resolutionHours     aTR; {@code NaN} when unresolved
 * @param reopenTimes         each time the resolution went from set to empty
 * @param handoffs            assignee changes after the first non-empty assignee
 * @param lastHandoffAt       time of the last counted hand-off, {@code null} when none
 * @param chasers             customer-side messages that followed a customer-side message
 * @param agentComments       agent-side comments counted
 * @param rating              CSAT 1–5 given by asOf on a resolved ticket, else {@code null}
 * @param slaBreached         whether a JSM SLA cycle breached; {@code null} when the ticket has no SLA data
 */
public record TicketFacts(Instant resolvedAt, String resolutionName, double firstResponseHours,
                          double resolutionHours, List<Instant> reopenTimes, int handoffs, Instant lastHandoffAt,
                          int chasers, int agentComments, Integer rating, Boolean slaBreached) {

    public TicketFacts {
        reopenTimes = List.copyOf(reopenTimes);
    }

    public boolean resolved() {
        return resolvedAt != null;
    }

    public int reopens() {
        return reopenTimes.size();
    }

    /** First-contact resolution: no re-open, no hand-off, at most one agent-side comment. */
    public boolean firstContactResolution() {
        return reopens() == 0 && handoffs == 0 && agentComments <= 1;
    }
}

package io.retentiondesk.core.calibration;

import io.retentiondesk.core.churn.PackedRiskTickets;
import io.retentiondesk.core.churn.RiskAssessor;
import io.retentiondesk.core.churn.RiskTicket;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What calibration needs of one customer: the risk records of all its tickets (the same {@link RiskTicket}s the
 * report and the Jira app assess), the recoveries its callbacks gave, and when it churned. Immutable.
 *
 * @param key        the customer's key (rows are ordered by it, so the fit does not depend on input order)
 * @param tickets    every ticket's risk record, any order
 * @param recoveries the complaints' DONE callbacks
 * @param churnedAt  when it churned, {@code null} when it has not
 */
public record CustomerHistory(String key, List<RiskTicket> tickets, List<RiskAssessor.Recovery> recoveries,
                              Instant churnedAt) {
    public CustomerHistory {
        Objects.requireNonNull(key, "key");
        // packed records stay packed: a calibration holds every customer's whole history at once
        tickets = tickets instanceof PackedRiskTickets ? tickets : List.copyOf(tickets);
        recoveries = List.copyOf(recoveries);
    }
}

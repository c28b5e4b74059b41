package io.retentiondesk.core;

import io.retentiondesk.core.churn.RiskAssessor;
import io.retentiondesk.core.churn.RiskTicket;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.Tier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a customer's assessment keeps of one evaluated ticket, so that assessing the customer again reads no other
 * ticket: its risk record, the recoveries its callbacks gave, its reporter, and what the evaluation depended on
 * beyond the ticket itself. Immutable.
 *
 * <p>A record stays exact while {@link #currentFor} holds: the same tier (it sets the service promise), no comment
 * author it counted as agent side has since become one of the customer's reporters, every author it counted as
 * customer side only through another ticket's reporter still is one, and its one time-dependent part (a pending
 * callback turning overdue) has not come due. The policy it was computed with is the caller's to compare.
 *
 * @param key             issue key
 * @param customer        whose ticket it is
 * @param risk            the ticket's risk record (own signals; what surge, same problem and repeat complaint compare)
 * @param recoveries      the complaint's DONE callbacks
 * @param reporterId      the reporter's id, {@code null} when none
 * @param agentAuthors    comment authors counted as agent side
 * @param borrowedAuthors comment authors counted as customer side only because they report other tickets of the customer
 * @param churnResolvedAt the resolution time when it was resolved with a churn resolution, else {@code null}
 * @param tier            the tier it was evaluated with
 * @param validUntil      when a time-dependent part changes (a pending callback's due time), {@code null} if never
 */
public record TicketRecord(String key, CustomerKey customer, RiskTicket risk, List<RiskAssessor.Recovery> recoveries,
                           String reporterId, Set<String> agentAuthors, Set<String> borrowedAuthors,
                           Instant churnResolvedAt, Tier tier, Instant validUntil) {
    public TicketRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(tier, "tier");
        recoveries = List.copyOf(recoveries);
        agentAuthors = Set.copyOf(agentAuthors);
        borrowedAuthors = Set.copyOf(borrowedAuthors);
    }

    public Instant created() {
        return risk.created();
    }

    /**
     * @param customerReporters ids of everyone who reports a ticket of the customer now
     * @return whether evaluating the ticket again now, with this tier and these reporters, gives this record
     */
    public boolean currentFor(Set<String> customerReporters, Tier currentTier, Instant asOf) {
        if (tier != currentTier || (validUntil != null && !asOf.isBefore(validUntil))) {
            return false;
        }
        for (String a : agentAuthors) {
            if (customerReporters.contains(a)) {
                return false;
            }
        }
        return customerReporters.containsAll(borrowedAuthors);
    }

    /** The latest recovery, {@code null} when none: how long the record can matter to a repeat complaint. */
    public Instant latestRecovery() {
        Instant latest = null;
        for (RiskAssessor.Recovery r : recoveries) {
            if (latest == null || r.at().isAfter(latest)) {
                latest = r.at();
            }
        }
        return latest;
    }
}

package io.retentiondesk.core;

import io.retentiondesk.core.callback.Callback;
import io.retentiondesk.core.churn.RiskTicket;
import io.retentiondesk.core.satisfaction.SatisfactionScore;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Priority;
import io.retentiondesk.core.ticket.TicketFacts;
import io.retentiondesk.core.tier.Tier;

import java.util.Objects;

/**
 * Everything the engine says about one ticket as of a time.
 *
 * @param key          issue key
 * @param customer     whose ticket it is
 * @param tier         the customer's tier used for the expectation
 * @param priority     the priority the promise was taken for
 * @param facts        what happened on it
 * @param satisfaction its score; {@code null} while unresolved
 * @param callback     its callback; {@code null} when it is not a complaint
 * @param risk         what the customer's risk assessment keeps of it
 */
public record TicketEvaluation(String key, CustomerKey customer, Tier tier, Priority priority, TicketFacts facts,
                               SatisfactionScore satisfaction, Callback callback, RiskTicket risk) {
    public TicketEvaluation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(risk, "risk");
    }

    public boolean complaint() {
        return callback != null;
    }
}

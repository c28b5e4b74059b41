package io.retentiondesk.testing;

import io.retentiondesk.core.TicketRecord;
import io.retentiondesk.core.calibration.CustomerHistory;
import io.retentiondesk.core.churn.RiskTicket;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.TicketRecords;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Histories put where Jira keeps them: each ticket as the per-ticket record the post-functions store, each churn as
 * the mark the REST call or a value import writes. Issue ids count up from 1 in the histories' order.
 */
public final class StoredHistories {
    private StoredHistories() {
    }

    /** @return how many records were stored */
    public static int store(List<CustomerHistory> histories, TicketRecords records, CustomerRegistry customers) {
        long issueId = 0;
        for (CustomerHistory h : histories) {
            CustomerKey key = CustomerKey.of(h.key());
            for (RiskTicket t : h.tickets()) {
                records.save(++issueId, new TicketRecord(t.key(), key, t, List.of(), null, Set.of(), Set.of(), null,
                        Tier.UNRATED, null), 0, t.created());
            }
            if (h.churnedAt() != null) {
                customers.markChurned(key, h.churnedAt(), "OTHER");
            }
        }
        return (int) issueId;
    }

    /** The histories' churners. */
    public static long churners(List<CustomerHistory> histories) {
        return histories.stream().filter(h -> h.churnedAt() != null).count();
    }

    /** A time by which every history has ended. */
    public static Instant end(List<CustomerHistory> histories) {
        return histories.stream().flatMap(h -> h.tickets().stream()).map(RiskTicket::created).max(Instant::compareTo)
                .orElseThrow();
    }
}

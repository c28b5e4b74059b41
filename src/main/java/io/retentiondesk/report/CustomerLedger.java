package io.retentiondesk.report;

import io.retentiondesk.core.TicketRecord;
import io.retentiondesk.core.churn.RiskAssessor;
import io.retentiondesk.core.churn.RiskTicket;
import io.retentiondesk.core.ticket.Person;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the report keeps of one customer while reading. */
final class CustomerLedger {
    private final Set<String> reporters;
    private final Set<String> agentAuthors = new HashSet<>();
    private final List<RiskTicket> windowTickets = new ArrayList<>();
    private final List<RiskAssessor.Recovery> recoveries = new ArrayList<>();
    private final Set<YearMonth> activeMonths = new HashSet<>();
    private Instant churnResolvedAt;
    private Instant lastActivity;

    CustomerLedger(Set<String> knownReporters) {
        this.reporters = new HashSet<>(knownReporters);
    }

    void reported(Person reporter) {
        if (reporter != null && reporter.id() != null) {
            reporters.add(reporter.id());
        }
    }

    /** Keeps what the customer's standing needs of one evaluated ticket. */
    void add(TicketRecord record, boolean inWindow) {
        agentAuthors.addAll(record.agentAuthors());
        recoveries.addAll(record.recoveries());
        if (record.churnResolvedAt() != null) {
            churnResolvedAt(record.churnResolvedAt());
        }
        if (inWindow) {
            windowTickets.add(record.risk());
        }
        active(record.created());
    }

    boolean sawReporterAsAgent() {
        for (String a : agentAuthors) {
            if (reporters.contains(a)) {
                return true;
            }
        }
        return false;
    }

    private void churnResolvedAt(Instant at) {
        if (churnResolvedAt == null || at.isBefore(churnResolvedAt)) {
            churnResolvedAt = at;
        }
    }

    private void active(Instant created) {
        activeMonths.add(YearMonth.from(created.atOffset(ZoneOffset.UTC)));
        if (lastActivity == null || created.isAfter(lastActivity)) {
            lastActivity = created;
        }
    }

    Set<String> reporters() {
        return reporters;
    }

    List<RiskTicket> windowTickets() {
        return windowTickets;
    }

    List<RiskAssessor.Recovery> recoveries() {
        return recoveries;
    }

    Set<YearMonth> activeMonths() {
        return activeMonths;
    }

    Instant churnResolvedAt() {
        return churnResolvedAt;
    }

    Instant lastActivity() {
        return lastActivity;
    }
}

package io.retentiondesk.core;

import io.retentiondesk.core.calibration.CustomerHistory;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.callback.CallbackStatus;
import io.retentiondesk.core.churn.RiskAssessor;
import io.retentiondesk.core.churn.RiskTicket;
import io.retentiondesk.core.ticket.Comment;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.CustomerSide;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.Ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A customer's assessment in two steps, the one use case the offline report and the Jira app both feed: each
 * ticket is evaluated once into a {@link TicketRecord}, and the customer's standing is aggregated from records
 * alone. Jira keeps the records, so assessing a customer in a transition reads only the ticket in hand.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * CustomerAssessment assessment = new CustomerAssessment(engine);
 * TicketRecord r = assessment.evaluate(ticket, customer, reporters, Tier.KEY, CallbackHistory.of(attempts), asOf).record();
 * CustomerStanding s = assessment.standing(customer, profile, List.of(r), r.created(), asOf);
 * }</pre>
 */
public final class CustomerAssessment {
    private final RetentionEngine engine;

    public CustomerAssessment(RetentionEngine engine) {
        this.engine = Objects.requireNonNull(engine);
    }

    public RetentionEngine engine() {
        return engine;
    }

    /** A ticket's evaluation and the record its customer's assessment keeps of it. */
    public record Evaluated(TicketEvaluation evaluation, TicketRecord record) {
    }

    /**
     * @param customerReporters ids of everyone known to report a ticket of the customer (customer side, SPEC §11)
     * @param logged            the logged callback attempts, or {@link CallbackHistory#NOT_KEPT}
     */
    public Evaluated evaluate(Ticket ticket, CustomerKey customer, Set<String> customerReporters,
                              io.retentiondesk.core.tier.Tier tier, CallbackHistory logged, Instant asOf) {
        CustomerSide side = CustomerSide.of(customerReporters, ticket);
        TicketEvaluation e = engine.evaluate(ticket, customer, side, tier, logged, asOf);
        Set<String> own = new HashSet<>();
        addId(own, ticket.reporter());
        ticket.participants().forEach(p -> addId(own, p));
        Set<String> agentAuthors = new HashSet<>();
        Set<String> borrowed = new HashSet<>();
        for (Comment c : ticket.comments()) {
            String id = c.author() == null ? null : c.author().id();
            if (id == null || own.contains(id)) {
                continue; // anonymous or the ticket's own people: customer side whatever the other tickets say
            }
            if (side.includes(c.author())) {
                borrowed.add(id);
            } else {
                agentAuthors.add(id);
            }
        }
        List<RiskAssessor.Recovery> recoveries = new ArrayList<>();
        engine.recoveries(e, recoveries);
        Instant churnResolvedAt = e.facts().resolved() && engine.churn().isChurnResolution(e.facts().resolutionName())
                ? e.facts().resolvedAt() : null;
        // a pending callback turns overdue at its due time: the one part of a ticket's risk that moves by itself
        Instant validUntil = e.callback() != null && e.callback().status() == CallbackStatus.PENDING
                ? e.callback().due() : null;
        TicketRecord record = new TicketRecord(ticket.key(), customer, e.risk(), recoveries,
                ticket.reporter() == null ? null : ticket.reporter().id(), agentAuthors, borrowed, churnResolvedAt,
                tier, validUntil);
        return new Evaluated(e, record);
    }

    /**
     * The standing from the customer's records.
     *
     * @param records      the customer's records in the risk window, and older ones whose recoveries may still
     *                     make a window complaint a repeat complaint
     * @param lastActivity the customer's latest ticket creation (inactivity churn), {@code null} when unknown
     */
    public CustomerStanding standing(CustomerKey customer, CustomerProfile profile, Collection<TicketRecord> records,
                                     Instant lastActivity, Instant asOf) {
        Gathered g = gather(records);
        return standing(customer, profile, g.risk(), g.recoveries(), g.byResolution(), lastActivity, asOf);
    }

    /**
     * What calibration needs of the customer (SPEC §12): every record's risk and recoveries, and its churn date by the
     * rule of its standing (a churn resolution among the records, a recorded date, inactivity after its newest ticket).
     *
     * @param records every record of the customer, any order
     */
    public CustomerHistory history(CustomerKey customer, CustomerProfile profile, Collection<TicketRecord> records,
                                   Instant asOf) {
        Gathered g = gather(records);
        Instant lastActivity = null;
        for (TicketRecord r : records) {
            if (!r.created().isAfter(asOf) && (lastActivity == null || r.created().isAfter(lastActivity))) {
                lastActivity = r.created();
            }
        }
        return new CustomerHistory(customer.id(), g.risk(), g.recoveries(),
                engine.churn().churnedAt(g.byResolution(), profile.churnedAt(), lastActivity, asOf));
    }

    /** The records' risk and recoveries, and their earliest churn resolution ({@code null} when none). */
    private record Gathered(List<RiskTicket> risk, List<RiskAssessor.Recovery> recoveries, Instant byResolution) {
    }

    private static Gathered gather(Collection<TicketRecord> records) {
        List<RiskTicket> risk = new ArrayList<>(records.size());
        List<RiskAssessor.Recovery> recoveries = new ArrayList<>();
        Instant byResolution = null;
        for (TicketRecord r : records) {
            risk.add(r.risk());
            recoveries.addAll(r.recoveries());
            if (r.churnResolvedAt() != null && (byResolution == null || r.churnResolvedAt().isBefore(byResolution))) {
                byResolution = r.churnResolvedAt();
            }
        }
        return new Gathered(risk, recoveries, byResolution);
    }

    /**
     * The standing from what a single pass over an export keeps of a customer (the same aggregation as above).
     *
     * @param byResolution the earliest resolution with a churn resolution, {@code null} when none
     */
    public CustomerStanding standing(CustomerKey customer, CustomerProfile profile, Collection<RiskTicket> window,
                                     Collection<RiskAssessor.Recovery> recoveries, Instant byResolution,
                                     Instant lastActivity, Instant asOf) {
        Instant churnedAt = engine.churn().churnedAt(byResolution, profile.churnedAt(), lastActivity, asOf);
        return engine.standing(customer, profile.tier(), profile.potential(), window, recoveries, churnedAt,
                profile.unworthy(), asOf);
    }

    private static void addId(Set<String> ids, Person p) {
        if (p != null && p.id() != null) {
            ids.add(p.id());
        }
    }
}

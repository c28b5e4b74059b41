package io.retentiondesk.core;

import io.retentiondesk.core.callback.Callback;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.core.callback.CallbackStatus;
import io.retentiondesk.core.callback.CallbackTracker;
import io.retentiondesk.core.churn.RiskAssessment;
import io.retentiondesk.core.churn.RiskAssessor;
import io.retentiondesk.core.churn.RiskTicket;
import io.retentiondesk.core.churn.TicketSignalDetector;
import io.retentiondesk.core.churn.WinBackPriority;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.rates.ChurnRule;
import io.retentiondesk.core.satisfaction.SatisfactionScore;
import io.retentiondesk.core.satisfaction.SatisfactionScorer;
import io.retentiondesk.core.satisfaction.ServiceTarget;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.CustomerResolver;
import io.retentiondesk.core.ticket.CustomerSide;
import io.retentiondesk.core.ticket.Priority;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.ticket.TicketFacts;
import io.retentiondesk.core.ticket.TicketFactsCalculator;
import io.retentiondesk.core.tier.Quadrant;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.TierAssigner;
import io.retentiondesk.core.tier.WinBackPolicy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of SPEC §2–6 behind one policy: the single entry point the offline report and the Jira adapters
 * share, so a ticket gets the same answer in both. Immutable and thread-safe.
 *
 * <pre>{@code
 * RetentionEngine engine = new RetentionEngine(Policy.defaults());
 * TicketEvaluation e = engine.evaluate(ticket, customer, side, Tier.KEY, CallbackHistory.of(attempts), asOf);
 * CustomerStanding s = engine.standing(customer, Tier.KEY, 70, List.of(e.risk()), engine.recoveries(List.of(e)),
 *                                      null, false, asOf);
 * }</pre>
 */
public final class RetentionEngine {
    private final Policy policy;
    private final CustomerResolver customers;
    private final TicketFactsCalculator facts;
    private final SatisfactionScorer scorer;
    private final CallbackTracker callbacks;
    private final TicketSignalDetector signals;
    private final RiskAssessor risk;
    private final TierAssigner tiers;
    private final ChurnRule churn;

    public RetentionEngine(Policy policy) {
        this.policy = Objects.requireNonNull(policy);
        this.customers = new CustomerResolver(policy.identity());
        this.facts = new TicketFactsCalculator(policy.satisfaction().firstResponseSla(),
                policy.satisfaction().resolutionSla());
        this.scorer = new SatisfactionScorer(policy.satisfaction());
        this.callbacks = new CallbackTracker(policy.callbacks());
        this.signals = new TicketSignalDetector(policy.risk(), policy.satisfaction().maxHandoffs());
        this.risk = new RiskAssessor(policy.risk());
        this.tiers = new TierAssigner(policy.tiering());
        this.churn = new ChurnRule(policy.rates());
    }

    public Policy policy() {
        return policy;
    }

    public Optional<CustomerKey> customerOf(Ticket ticket) {
        return customers.customerOf(ticket);
    }

    public TierAssigner tiers() {
        return tiers;
    }

    public RiskAssessor risk() {
        return risk;
    }

    public ChurnRule churn() {
        return churn;
    }

    public Priority priorityOf(Ticket ticket) {
        return Priority.resolve(ticket.priorityName(), policy.satisfaction().priorityMap());
    }

    /**
     * Evaluates one ticket as of a time.
     *
     * @param logged the complaint's logged callback attempts, or {@link CallbackHistory#NOT_KEPT} (an old export):
     *               then the exported Callback fields are used, else the status is UNKNOWN
     */
    public TicketEvaluation evaluate(Ticket ticket, CustomerKey customer, CustomerSide side, Tier tier,
                                     CallbackHistory logged, Instant asOf) {
        TicketFacts f = facts.facts(ticket, side, asOf);
        Priority priority = priorityOf(ticket);
        ServiceTarget target = policy.satisfaction().target(tier, priority);
        SatisfactionScore score = scorer.score(f, tier, priority).orElse(null);
        Callback callback = null;
        if (callbacks.isComplaint(ticket)) {
            if (ticket.appCallback() != null) {
                callback = callbacks.fromRecorded(ticket, ticket.appCallback(), f.resolvedAt(), tier, asOf);
            } else if (logged.kept()) {
                callback = callbacks.track(ticket, f.resolvedAt(), tier, logged.attempts(), asOf);
            } else {
                callback = callbacks.unknown(ticket, f.resolvedAt(), tier);
            }
        }
        RiskTicket riskTicket = signals.detect(ticket, f, score, target, callback, side, asOf);
        return new TicketEvaluation(ticket.key(), customer, tier, priority, f, score, callback, riskTicket);
    }

    /** The DONE callbacks among evaluated complaints, for the repeat-complaint signal. */
    public List<RiskAssessor.Recovery> recoveries(Collection<TicketEvaluation> evaluations) {
        List<RiskAssessor.Recovery> out = new ArrayList<>();
        for (TicketEvaluation e : evaluations) {
            recoveries(e, out);
        }
        return out;
    }

    public void recoveries(TicketEvaluation e, List<RiskAssessor.Recovery> out) {
        if (e.callback() == null) {
            return;
        }
        if (e.callback().attempts().isEmpty()) {
            if (e.callback().status() == CallbackStatus.DONE) {
                out.add(new RiskAssessor.Recovery(e.key(), e.callback().due()));
            }
            return;
        }
        for (CallbackAttempt a : e.callback().attempts()) {
            if (a.outcome() == CallbackOutcome.SATISFIED) {
                out.add(new RiskAssessor.Recovery(e.key(), a.attemptedAt()));
            }
        }
    }

    /**
     * A customer's standing from its tickets in the risk window.
     *
     * @param churnedAt when it churned by asOf ({@link ChurnRule#churnedAt}), {@code null} when it has not
     */
    public CustomerStanding standing(CustomerKey customer, Tier tier, Integer potential,
                                     Collection<RiskTicket> riskTickets, Collection<RiskAssessor.Recovery> recoveries,
                                     Instant churnedAt, boolean unworthy, Instant asOf) {
        RiskAssessment assessment = churnedAt != null ? RiskAssessment.churned()
                : risk.assess(riskTickets, recoveries, asOf);
        Quadrant quadrant = Quadrant.of(tier, potential, policy.tiering().highPotentialAt()).orElse(null);
        Integer priority = WinBackPriority.of(assessment, tier, unworthy, policy.risk().winBackWeights());
        return new CustomerStanding(customer, tier, quadrant, assessment, WinBackPolicy.of(tier, unworthy), priority,
                churnedAt, unworthy);
    }
}

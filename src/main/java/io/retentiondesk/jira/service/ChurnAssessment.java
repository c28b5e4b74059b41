package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.core.CustomerAssessment;
import io.retentiondesk.core.CustomerProfile;
import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.TicketRecord;
import io.retentiondesk.core.churn.ChurnType;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.customfield.RiskReasonsText;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Assesses the churn risk of a ticket's customer and writes the risk fields: the one call of the Assess churn risk
 * post-function. The ticket in hand is read from Jira as it is now; the rest of the customer's history comes from
 * the stored per-ticket records in one bounded query (SPEC §10), so a transition costs the same for a customer with
 * five tickets as for one with five hundred. A record that another ticket has since made inexact (a new reporter
 * of the customer, a re-tier, a callback come due, a policy change) is used as it is and rewritten by the nightly
 * repair.
 */
@Named
public class ChurnAssessment {
    private final TicketRecorder recorder;
    private final TicketRecords records;
    private final CustomerRegistry customers;
    private final PolicyStore policies;
    private final RetentionFieldWriter fields;
    private final Clock clock;

    @Inject
    public ChurnAssessment(TicketRecorder recorder, TicketRecords records, CustomerRegistry customers,
                           PolicyStore policies, RetentionFieldWriter fields) {
        this(recorder, records, customers, policies, fields, Clock.systemUTC());
    }

    ChurnAssessment(TicketRecorder recorder, TicketRecords records, CustomerRegistry customers, PolicyStore policies,
                    RetentionFieldWriter fields, Clock clock) {
        this.recorder = Objects.requireNonNull(recorder);
        this.records = Objects.requireNonNull(records);
        this.customers = Objects.requireNonNull(customers);
        this.policies = Objects.requireNonNull(policies);
        this.fields = Objects.requireNonNull(fields);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Records the ticket in hand, then assesses its customer and writes the risk fields on it. */
    public CustomerStanding assessAndWrite(MutableIssue issue) {
        return assessAndWrite(issue, recorder.record(issue));
    }

    /** As above, for a ticket the caller has just recorded (the late-rating path scores it first). */
    public CustomerStanding assessAndWrite(MutableIssue issue, TicketRecorder.Recorded recorded) {
        CustomerProfile profile = applyChurnResolution(recorded);
        Assessed assessed = assess(recorded.customer(), profile, recorded.reporters(), recorded.at());
        customers.saveRisk(recorded.customer(), assessed.standing().risk());
        write(issue, assessed.standing());
        return assessed.standing();
    }

    /**
     * The customer's standing from its stored records alone: no Jira reads (the nightly re-assessment, which decay
     * moves daily). The risk is saved in the registry for queues and {@code atRiskCustomers()}.
     */
    public Assessed reassess(CustomerKey customer) {
        Assessed assessed = standingOf(customer);
        customers.saveRisk(customer, assessed.standing().risk());
        return assessed;
    }

    /** The customer's standing now from its stored records, read-only (the REST profile). */
    public Assessed standingOf(CustomerKey customer) {
        return assess(customer, customers.profileOf(customer), records.reporters(customer), clock.instant());
    }

    /**
     * A standing and the records it used that no longer match what re-evaluating their tickets now would give.
     *
     * @param inexact issue ids whose records the nightly repair should rewrite
     */
    public record Assessed(CustomerStanding standing, List<Long> inexact) {
    }

    private Assessed assess(CustomerKey customer, CustomerProfile profile, Set<String> reporters, Instant now) {
        CustomerAssessment assessment = policies.assessment();
        long version = policies.version();
        Instant windowStart = now.minus(Duration.ofDays(assessment.engine().policy().risk().windowDays()));
        Instant recoveriesSince = windowStart.minus(
                Duration.ofDays(assessment.engine().policy().risk().repeatComplaintDays()));
        List<TicketRecords.Stored> window = records.window(customer, windowStart, recoveriesSince);
        List<TicketRecord> used = new ArrayList<>(window.size());
        List<Long> inexact = new ArrayList<>();
        for (TicketRecords.Stored s : window) {
            used.add(s.record());
            if (s.stale() || s.policyVersion() != version || !s.record().currentFor(reporters, profile.tier(), now)) {
                inexact.add(s.issueId());
            }
        }
        // the window is newest first: its first record is the customer's latest activity, else look further back
        Instant lastActivity = !window.isEmpty() ? window.get(0).record().created()
                : assessment.engine().policy().rates().inactiveDays() == null ? null : records.lastActivity(customer);
        return new Assessed(assessment.standing(customer, profile, used, lastActivity, now), inexact);
    }

    /**
     * A ticket resolved with one of the policy's churn resolutions marks its customer churned at the resolution
     * date (SPEC §6); an earlier recorded date wins, and a recorded churn type is kept (OTHER when there is none).
     */
    private CustomerProfile applyChurnResolution(TicketRecorder.Recorded r) {
        Instant at = r.record().churnResolvedAt();
        if (at == null || !customers.markChurnedIfEarlier(r.customer(), at, ChurnType.OTHER.name())) {
            return r.profile();
        }
        return customers.profileOf(r.customer());
    }

    /** Writes a standing's risk fields on a ticket of the customer; the reasons name no other ticket (SPEC §11). */
    public void write(MutableIssue issue, CustomerStanding standing) {
        Map<RetentionField, Object> values = new EnumMap<>(RetentionField.class);
        values.put(RetentionField.CHURN_RISK_SCORE,
                standing.risk().score() == null ? null : (double) standing.risk().score());
        values.put(RetentionField.CHURN_RISK_BAND, standing.risk().band().name());
        values.put(RetentionField.CHURN_RISK_REASONS, RiskReasonsText.forField(standing.risk().reasons(),
                issue.getKey(), issue.getCreated() == null ? null : issue.getCreated().toInstant()));
        fields.write(issue, values);
    }
}

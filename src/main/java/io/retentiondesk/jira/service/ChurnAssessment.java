package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.RetentionEngine;
import io.retentiondesk.core.TicketEvaluation;
import io.retentiondesk.core.churn.RiskAssessor;
import io.retentiondesk.core.churn.RiskReason;
import io.retentiondesk.core.churn.RiskTicket;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.CustomerSide;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.bridge.CustomerHistory;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.jira.customfield.RiskReasonsText;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Assesses the churn risk of a ticket's customer from its recent tickets and writes the risk fields: the one
 * call of the Assess churn risk post-function. The ticket being transitioned is read as it is now, not as the
 * search index last saw it.
 */
@Named
public class ChurnAssessment {
    private final JiraTicketReader reader;
    private final JsmFields jsm;
    private final CustomerHistory history;
    private final CustomerRegistry customers;
    private final CallbackLog callbacks;
    private final PolicyStore policies;
    private final RetentionFieldWriter fields;
    private final Clock clock;

    @Inject
    public ChurnAssessment(JiraTicketReader reader, JsmFields jsm, CustomerHistory history, CustomerRegistry customers,
                           CallbackLog callbacks, PolicyStore policies, RetentionFieldWriter fields) {
        this(reader, jsm, history, customers, callbacks, policies, fields, Clock.systemUTC());
    }

    ChurnAssessment(JiraTicketReader reader, JsmFields jsm, CustomerHistory history, CustomerRegistry customers,
                    CallbackLog callbacks, PolicyStore policies, RetentionFieldWriter fields, Clock clock) {
        this.reader = Objects.requireNonNull(reader);
        this.jsm = Objects.requireNonNull(jsm);
        this.history = Objects.requireNonNull(history);
        this.customers = Objects.requireNonNull(customers);
        this.callbacks = Objects.requireNonNull(callbacks);
        this.policies = Objects.requireNonNull(policies);
        this.fields = Objects.requireNonNull(fields);
        this.clock = clock;
    }

    public CustomerStanding assessAndWrite(MutableIssue issue, ApplicationUser caller) throws SearchException {
        Instant now = clock.instant();
        RetentionEngine engine = policies.engine();
        Ticket current = reader.read(issue, jsm);
        CustomerKey customer = engine.customerOf(current)
                .orElseThrow(() -> new IllegalStateException("no reporter or organization on " + issue.getKey()));
        Map<String, Ticket> tickets = new LinkedHashMap<>();
        Map<Long, YearMonth> issueIds = new LinkedHashMap<>();
        for (Issue i : history.recentTickets(caller, by(current, customer), customer.display(),
                engine.policy().risk().windowDays(), customers.issueIdsOf(customer, CustomerHistory.MAX_TICKETS))) {
            Ticket t = reader.read(i, jsm);
            tickets.put(i.getKey(), t);
            issueIds.put(i.getId(), YearMonth.from(t.created().atZone(ZoneOffset.UTC)));
        }
        tickets.put(current.key(), current);
        issueIds.put(issue.getId(), YearMonth.from(current.created().atZone(ZoneOffset.UTC)));
        Set<String> reporters = new HashSet<>();
        tickets.values().forEach(t -> {
            if (t.reporter() != null && t.reporter().id() != null) {
                reporters.add(t.reporter().id());
            }
        });
        io.retentiondesk.core.CustomerProfile profile = markChurnedByResolution(engine, current, customer,
                customers.profileOf(customer));
        List<RiskTicket> risk = new ArrayList<>();
        List<RiskAssessor.Recovery> recoveries = new ArrayList<>();
        for (Ticket t : tickets.values()) {
            TicketEvaluation e = engine.evaluate(t, customer, CustomerSide.of(reporters, t), profile.tier(),
                    callbacks.attemptsFor(t.key()), now);
            risk.add(e.risk());
            engine.recoveries(e, recoveries);
        }
        CustomerStanding standing = engine.standing(customer, profile.tier(), profile.potential(), risk, recoveries,
                profile.churnedAt(), profile.unworthy(), now);
        Map<RetentionField, Object> values = new EnumMap<>(RetentionField.class);
        values.put(RetentionField.CHURN_RISK_SCORE,
                standing.risk().score() == null ? null : (double) standing.risk().score());
        values.put(RetentionField.CHURN_RISK_BAND, standing.risk().band().name());
        values.put(RetentionField.CHURN_RISK_REASONS, reasons(standing.risk().reasons()));
        fields.write(issue, values);
        customers.saveRisk(customer, standing.risk());
        customers.linkTickets(customer, issueIds);
        return standing;
    }

    /**
     * A ticket resolved with one of the policy's churn resolutions marks its customer churned at the resolution
     * date (SPEC §6); an earlier recorded date wins, and a recorded churn type is kept (OTHER when there is none).
     */
    private io.retentiondesk.core.CustomerProfile markChurnedByResolution(RetentionEngine engine, Ticket ticket, CustomerKey customer,
                                                             io.retentiondesk.core.CustomerProfile profile) {
        if (ticket.resolved() == null || !engine.churn().isChurnResolution(ticket.resolutionName())
                || !customers.markChurnedIfEarlier(customer, ticket.resolved(),
                        io.retentiondesk.core.churn.ChurnType.OTHER.name())) {
            return profile;
        }
        return customers.profileOf(customer);
    }

    static String reasons(List<RiskReason> reasons) {
        return RiskReasonsText.format(reasons);
    }

    private static CustomerHistory.By by(Ticket ticket, CustomerKey customer) {
        for (String org : ticket.organizations()) {
            if (CustomerKey.of(org).equals(customer)) {
                return CustomerHistory.By.ORGANIZATION;
            }
        }
        return CustomerHistory.By.REPORTER;
    }
}

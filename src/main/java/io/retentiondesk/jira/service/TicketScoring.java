package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.core.RetentionEngine;
import io.retentiondesk.core.TicketEvaluation;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.CustomerSide;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.CallbackSchedule;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates the ticket being transitioned with the stored policy and writes its fields: the one call each of
 * the Score satisfaction and Schedule complaint callback post-functions makes. Customer side here is the
 * ticket's reporter and participants; the customer's other reporters come with the history search (issue 4).
 */
@Named
public class TicketScoring {
    private final JiraTicketReader reader;
    private final JsmFields jsm;
    private final CustomerRegistry customers;
    private final CallbackLog callbacks;
    private final CallbackSchedule schedule;
    private final PolicyStore policies;
    private final RetentionFieldWriter fields;
    private final Clock clock;

    @Inject
    public TicketScoring(JiraTicketReader reader, JsmFields jsm, CustomerRegistry customers, CallbackLog callbacks,
                         CallbackSchedule schedule, PolicyStore policies, RetentionFieldWriter fields) {
        this(reader, jsm, customers, callbacks, schedule, policies, fields, Clock.systemUTC());
    }

    TicketScoring(JiraTicketReader reader, JsmFields jsm, CustomerRegistry customers, CallbackLog callbacks,
                  CallbackSchedule schedule, PolicyStore policies, RetentionFieldWriter fields, Clock clock) {
        this.reader = Objects.requireNonNull(reader);
        this.jsm = Objects.requireNonNull(jsm);
        this.customers = Objects.requireNonNull(customers);
        this.callbacks = Objects.requireNonNull(callbacks);
        this.schedule = Objects.requireNonNull(schedule);
        this.policies = Objects.requireNonNull(policies);
        this.fields = Objects.requireNonNull(fields);
        this.clock = clock;
    }

    /** Evaluates the issue now and sets its satisfaction fields (Score satisfaction). */
    public TicketEvaluation scoreSatisfaction(MutableIssue issue) {
        TicketEvaluation e = evaluate(issue);
        Map<RetentionField, Object> values = new EnumMap<>(RetentionField.class);
        values.put(RetentionField.CUSTOMER_TIER, e.tier().name());
        if (e.satisfaction() != null) {
            values.put(RetentionField.SATISFACTION_SCORE, (double) e.satisfaction().score());
            values.put(RetentionField.SATISFACTION_BAND, e.satisfaction().band().name());
        }
        fields.write(issue, values);
        return e;
    }

    /**
     * Evaluates the issue now and, for a resolved complaint, sets its callback due time and status and keeps them
     * for {@code callbacksOverdue()} and the job (Schedule complaint callback).
     */
    public TicketEvaluation scheduleCallback(MutableIssue issue) {
        TicketEvaluation e = evaluate(issue);
        if (e.callback() != null && e.callback().status() != null) {
            Map<RetentionField, Object> values = new EnumMap<>(RetentionField.class);
            values.put(RetentionField.CALLBACK_STATUS, e.callback().status().name());
            values.put(RetentionField.CALLBACK_DUE, Date.from(e.callback().due()));
            fields.write(issue, values);
            schedule.record(issue.getId(), issue.getKey(), e.callback().due(), e.callback().status());
        }
        return e;
    }

    /** What the engine says of the issue now, read-only (the issue panel). */
    public TicketEvaluation evaluate(Issue issue) {
        RetentionEngine engine = policies.engine();
        Ticket ticket = reader.read(issue, jsm);
        CustomerKey customer = engine.customerOf(ticket)
                .orElseThrow(() -> new IllegalStateException("no reporter or organization on " + issue.getKey()));
        return engine.evaluate(ticket, customer, CustomerSide.of(Set.of(), ticket), customers.tierOf(customer),
                callbacks.attemptsFor(issue.getKey()), clock.instant());
    }
}

package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.Issue;
import io.retentiondesk.core.CustomerAssessment;
import io.retentiondesk.core.CustomerProfile;
import io.retentiondesk.core.TicketEvaluation;
import io.retentiondesk.core.TicketRecord;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.TicketLinks;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the ticket in hand from Jira, evaluates it with its customer's known reporters and keeps its record
 * (SPEC §10): the one step the post-functions, the late-rating listener, the nightly repair and the issue panel
 * share, so a ticket gets the same facts whichever of them looks at it. It reads no other ticket.
 */
@Named
public class TicketRecorder {
    private final JiraTicketReader reader;
    private final JsmFields jsm;
    private final CustomerRegistry customers;
    private final TicketRecords records;
    private final TicketLinks links;
    private final CallbackLog callbacks;
    private final PolicyStore policies;
    private final Clock clock;

    @Inject
    public TicketRecorder(JiraTicketReader reader, JsmFields jsm, CustomerRegistry customers, TicketRecords records,
                          TicketLinks links, CallbackLog callbacks, PolicyStore policies) {
        this(reader, jsm, customers, records, links, callbacks, policies, Clock.systemUTC());
    }

    TicketRecorder(JiraTicketReader reader, JsmFields jsm, CustomerRegistry customers, TicketRecords records,
                   TicketLinks links, CallbackLog callbacks, PolicyStore policies, Clock clock) {
        this.reader = Objects.requireNonNull(reader);
        this.jsm = Objects.requireNonNull(jsm);
        this.customers = Objects.requireNonNull(customers);
        this.records = Objects.requireNonNull(records);
        this.links = Objects.requireNonNull(links);
        this.callbacks = Objects.requireNonNull(callbacks);
        this.policies = Objects.requireNonNull(policies);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A ticket as evaluated now, with what its customer's assessment needs next.
     *
     * @param reporters everyone known to report a ticket of the customer, this ticket's reporter included
     */
    public record Recorded(long issueId, CustomerKey customer, CustomerProfile profile, Set<String> reporters,
                           TicketEvaluation evaluation, TicketRecord record, Instant at) {
    }

    /** Evaluates the ticket now and stores its record and its reporter. */
    public Recorded record(Issue issue) {
        Recorded r = evaluate(issue, true);
        records.save(issue.getId(), r.record(), policies.version(),
                issue.getUpdated() == null ? null : issue.getUpdated().toInstant());
        links.linkTickets(r.customer(),
                Map.of(issue.getId(), YearMonth.from(r.record().created().atZone(ZoneOffset.UTC))));
        return r;
    }

    /**
     * On an issue event: keeps the record of a service request (or of a ticket the app already keeps) current, so
     * a comment or re-open on an older ticket reaches its customer's next assessment. Other issues (a software
     * project's) are left alone.
     *
     * @return whether the ticket was recorded
     */
    public boolean refresh(Issue issue) {
        if (records.of(issue.getId()).isEmpty() && jsm.requestType(issue) == null) {
            return false;
        }
        record(issue);
        return true;
    }

    /** A deleted issue leaves its customer's history. */
    public void forget(long issueId) {
        records.delete(issueId);
    }

    /** Evaluates the ticket now and stores nothing (the issue panel). */
    public Recorded evaluate(Issue issue) {
        return evaluate(issue, false);
    }

    private Recorded evaluate(Issue issue, boolean remember) {
        Instant now = clock.instant();
        CustomerAssessment assessment = policies.assessment();
        Ticket ticket = reader.read(issue, jsm);
        CustomerKey customer = assessment.engine().customerOf(ticket)
                .orElseThrow(() -> new IllegalStateException("no reporter or organization on " + issue.getKey()));
        String reporter = ticket.reporter() == null ? null : ticket.reporter().id();
        if (remember) {
            records.addReporter(customer, reporter);
        }
        Set<String> reporters = new HashSet<>(records.reporters(customer));
        if (reporter != null) {
            reporters.add(reporter);
        }
        CustomerProfile profile = customers.profileOf(customer);
        CustomerAssessment.Evaluated e = assessment.evaluate(ticket, customer, reporters, profile.tier(),
                CallbackHistory.of(callbacks.attemptsFor(issue.getId(), issue.getKey())), now);
        return new Recorded(issue.getId(), customer, profile, Set.copyOf(reporters), e.evaluation(), e.record(), now);
    }
}

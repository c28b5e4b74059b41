package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.core.RetentionEngine;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.tier.Quadrant;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Puts the customer's current tier and quadrant on a new ticket: the call of the Assign customer tier post-function. */
@Named
public class CustomerTiering {
    private final JiraTicketReader reader;
    private final JsmFields jsm;
    private final CustomerRegistry customers;
    private final PolicyStore policies;
    private final RetentionFieldWriter fields;

    @Inject
    public CustomerTiering(JiraTicketReader reader, JsmFields jsm, CustomerRegistry customers, PolicyStore policies,
                           RetentionFieldWriter fields) {
        this.reader = Objects.requireNonNull(reader);
        this.jsm = Objects.requireNonNull(jsm);
        this.customers = Objects.requireNonNull(customers);
        this.policies = Objects.requireNonNull(policies);
        this.fields = Objects.requireNonNull(fields);
    }

    /** @return the tier written */
    public Tier assign(MutableIssue issue) {
        RetentionEngine engine = policies.engine();
        // identity only: on Create this runs before Jira has stored the issue, so its fields are saved with it
        Ticket ticket = reader.identity(issue, jsm);
        CustomerKey customer = engine.customerOf(ticket)
                .orElseThrow(() -> new IllegalStateException("no reporter or organization on " + issue.getKey()));
        Tier tier = customers.tierOf(customer);
        Quadrant quadrant = Quadrant.of(tier, customers.potentialOf(customer),
                engine.policy().tiering().highPotentialAt()).orElse(null);
        Map<RetentionField, Object> values = new EnumMap<>(RetentionField.class);
        values.put(RetentionField.CUSTOMER_TIER, tier.name());
        values.put(RetentionField.RETENTION_QUADRANT, quadrant == null ? null : quadrant.name());
        fields.write(issue, values);
        return tier;
    }
}

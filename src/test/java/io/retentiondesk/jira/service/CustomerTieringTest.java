package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.policy.PolicyStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CustomerTieringTest {
    private final JiraTicketReader reader = mock(JiraTicketReader.class);
    private final CustomerRegistry customers = mock(CustomerRegistry.class);
    private final PolicyStore policies = new PolicyStore(io.retentiondesk.jira.policy.MapPluginSettings.over(new java.util.HashMap<>()));
    private final RetentionFieldWriter fields = mock(RetentionFieldWriter.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final CustomerTiering tiering = new CustomerTiering(reader, JsmFields.NONE, customers, policies, fields);

    @Test
    void writesTheRegistryTierAndTheQuadrantOfItsPotential() {
        when(reader.read(issue, JsmFields.NONE)).thenReturn(new TicketBuilder("SUP-1", Instant.EPOCH)
                .reporter(Person.named("ann")).organization("Acme").build());
        when(customers.tierOf(CustomerKey.of("acme"))).thenReturn(Tier.MAJOR);
        when(customers.potentialOf(CustomerKey.of("acme"))).thenReturn(60);
        assertThat(tiering.assign(issue)).isEqualTo(Tier.MAJOR);
        Map<RetentionField, Object> expected = new HashMap<>();
        expected.put(RetentionField.CUSTOMER_TIER, "MAJOR");
        expected.put(RetentionField.RETENTION_QUADRANT, "IV"); // high value, potential 60 is high
        verify(fields).write(issue, new java.util.EnumMap<>(expected));
    }

    @Test
    void unknownCustomerIsUnratedWithoutAQuadrant() {
        when(reader.read(issue, JsmFields.NONE)).thenReturn(new TicketBuilder("SUP-2", Instant.EPOCH)
                .reporter(Person.named("zed")).build());
        when(customers.tierOf(CustomerKey.of("zed"))).thenReturn(Tier.UNRATED);
        assertThat(tiering.assign(issue)).isEqualTo(Tier.UNRATED);
        Map<RetentionField, Object> expected = new java.util.EnumMap<>(RetentionField.class);
        expected.put(RetentionField.CUSTOMER_TIER, "UNRATED");
        expected.put(RetentionField.RETENTION_QUADRANT, null);
        verify(fields).write(issue, expected);
    }
}

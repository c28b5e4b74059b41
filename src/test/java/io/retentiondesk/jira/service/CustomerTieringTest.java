package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.policy.PolicyStore;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class CustomerTieringTest {
    // the real reader: on Create the issue has no id, key or creation date yet, and comments or history must not be read
    private final com.atlassian.jira.issue.comments.CommentManager comments =
            mock(com.atlassian.jira.issue.comments.CommentManager.class);
    private final com.atlassian.jira.issue.changehistory.ChangeHistoryManager history =
            mock(com.atlassian.jira.issue.changehistory.ChangeHistoryManager.class);
    private final JiraTicketReader reader = new JiraTicketReader(comments, history);
    private final CustomerRegistry customers = mock(CustomerRegistry.class);
    private final PolicyStore policies = io.retentiondesk.testing.Policies.store();
    private final RetentionFieldWriter fields = mock(RetentionFieldWriter.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final CustomerTiering tiering = new CustomerTiering(reader, JsmFields.NONE, customers, policies, fields);

    private void reportedBy(String username, String organization) {
        com.atlassian.jira.user.ApplicationUser user = mock(com.atlassian.jira.user.ApplicationUser.class);
        when(user.getUsername()).thenReturn(username);
        when(issue.getReporter()).thenReturn(user);
        if (organization != null) {
            JsmFields orgs = new JsmFields() {
                @Override
                public java.util.List<String> organizations(com.atlassian.jira.issue.Issue i) {
                    return java.util.List.of(organization);
                }
            };
            tieringWith = new CustomerTiering(reader, orgs, customers, policies, fields);
        }
    }

    private CustomerTiering tieringWith = tiering;

    @Test
    void writesTheRegistryTierAndTheQuadrantOfItsPotential() {
        reportedBy("ann", "Acme");
        when(customers.tierOf(CustomerKey.of("acme"))).thenReturn(Tier.MAJOR);
        when(customers.potentialOf(CustomerKey.of("acme"))).thenReturn(60);
        assertThat(tieringWith.assign(issue)).isEqualTo(Tier.MAJOR);
        verifyNoInteractions(comments, history); // nothing Jira has not stored yet is read
        Map<RetentionField, Object> expected = new HashMap<>();
        expected.put(RetentionField.CUSTOMER_TIER, "MAJOR");
        expected.put(RetentionField.RETENTION_QUADRANT, "IV"); // high value, potential 60 is high
        verify(fields).write(issue, new java.util.EnumMap<>(expected));
    }

    @Test
    void unknownCustomerIsUnratedWithoutAQuadrant() {
        reportedBy("zed", null);
        when(customers.tierOf(CustomerKey.of("zed"))).thenReturn(Tier.UNRATED);
        assertThat(tieringWith.assign(issue)).isEqualTo(Tier.UNRATED);
        Map<RetentionField, Object> expected = new java.util.EnumMap<>(RetentionField.class);
        expected.put(RetentionField.CUSTOMER_TIER, "UNRATED");
        expected.put(RetentionField.RETENTION_QUADRANT, null);
        verify(fields).write(issue, expected);
    }
}

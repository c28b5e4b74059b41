package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.bridge.CustomerHistory;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.policy.PolicyStore;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ChurnAssessmentTest {
    private static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");

    @Test
    @SuppressWarnings("unchecked")
    void assessesTheCustomerFromItsHistoryAndWritesTheRiskFields() throws Exception {
        JiraTicketReader reader = mock(JiraTicketReader.class);
        CustomerHistory history = mock(CustomerHistory.class);
        CustomerRegistry customers = mock(CustomerRegistry.class);
        CallbackLog callbacks = mock(CallbackLog.class);
        PolicyStore policies = new PolicyStore(io.retentiondesk.jira.policy.MapPluginSettings.over(new java.util.HashMap<>()));
        RetentionFieldWriter fields = mock(RetentionFieldWriter.class);
        when(callbacks.attemptsFor(anyString())).thenReturn(List.of());
        when(customers.profileOf(CustomerKey.of("acme")))
                .thenReturn(new io.retentiondesk.core.CustomerProfile(Tier.KEY, 80, null, null, false));

        MutableIssue current = mock(MutableIssue.class);
        when(current.getKey()).thenReturn("SUP-3");
        when(current.getId()).thenReturn(10003L);
        Issue older = mock(Issue.class);
        when(older.getKey()).thenReturn("SUP-1");
        when(older.getId()).thenReturn(10001L);
        // an earlier ticket spoke of leaving 20 days ago; the current one is the same organization's
        when(reader.read(older, JsmFields.NONE)).thenReturn(new TicketBuilder("SUP-1", NOW.minusSeconds(20 * 86_400L))
                .reporter(Person.named("bob")).organization("Acme").summary("We will cancel the contract").build());
        when(reader.read(current, JsmFields.NONE)).thenReturn(new TicketBuilder("SUP-3", NOW.minusSeconds(3600))
                .reporter(Person.named("ann")).organization("Acme").summary("Printer").build());
        when(customers.issueIdsOf(CustomerKey.of("acme"), 500)).thenReturn(List.of(10003L, 10001L));
        when(history.recentTickets(any(), eq(CustomerHistory.By.ORGANIZATION), eq("Acme"), eq(180),
                eq(List.of(10003L, 10001L)))).thenReturn(List.of(older));
        ChurnAssessment assessment = new ChurnAssessment(reader, JsmFields.NONE, history, customers, callbacks, policies,
                fields, Clock.fixed(NOW, ZoneOffset.UTC));

        CustomerStanding standing = assessment.assessAndWrite(current, null);

        // CHURN_INTENT 30 points, 20 days old → 22.05 → round(100·(1 − e^(−0.441))) = 36 MEDIUM
        assertThat(standing.risk().score()).isEqualTo(36);
        assertThat(standing.risk().band()).isEqualTo(RiskBand.MEDIUM);
        assertThat(standing.winBackPriority()).isEqualTo(144); // × KEY weight 4
        ArgumentCaptor<Map<RetentionField, Object>> values = ArgumentCaptor.forClass(Map.class);
        verify(fields).write(eq(current), values.capture());
        assertThat(values.getValue()).containsEntry(RetentionField.CHURN_RISK_SCORE, 36.0)
                .containsEntry(RetentionField.CHURN_RISK_BAND, "MEDIUM")
                .containsEntry(RetentionField.CHURN_RISK_REASONS, "CHURN_INTENT SUP-1 (22.05)");
        verify(customers).saveRisk(CustomerKey.of("acme"), standing.risk());
        verify(customers).linkTickets(CustomerKey.of("acme"),
                Map.of(10001L, java.time.YearMonth.of(2026, 6), 10003L, java.time.YearMonth.of(2026, 6)));
    }

    /** SPEC §6: a ticket resolved as "Churned" (the policy's churn resolution) marks its customer churned then. */
    @Test
    void aChurnResolutionMarksTheCustomerChurnedAtTheResolutionUnlessAnEarlierDateIsRecorded() throws Exception {
        io.retentiondesk.jira.ao.EntityManagerActiveObjects ao = io.retentiondesk.jira.ao.EntityManagerActiveObjects.migratedAll();
        CustomerRegistry customers = new CustomerRegistry(ao);
        JiraTicketReader reader = mock(JiraTicketReader.class);
        CustomerHistory history = mock(CustomerHistory.class);
        CallbackLog callbacks = mock(CallbackLog.class);
        when(callbacks.attemptsFor(anyString())).thenReturn(List.of());
        PolicyStore policies = new PolicyStore(io.retentiondesk.jira.policy.MapPluginSettings.over(new java.util.HashMap<>()));
        ChurnAssessment assessment = new ChurnAssessment(reader, JsmFields.NONE, history, customers, callbacks, policies,
                mock(RetentionFieldWriter.class), Clock.fixed(NOW, ZoneOffset.UTC));
        Instant resolved = NOW.minusSeconds(86_400);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn("SUP-9");
        when(issue.getId()).thenReturn(10009L);
        when(reader.read(issue, JsmFields.NONE)).thenReturn(new TicketBuilder("SUP-9", NOW.minusSeconds(10 * 86_400L))
                .reporter(Person.named("ann")).organization("Globex").summary("Closing our account")
                .resolution("churned", resolved).build());

        CustomerStanding standing = assessment.assessAndWrite(issue, null);

        assertThat(customers.profileOf(CustomerKey.of("Globex")).churnedAt()).isEqualTo(resolved);
        assertThat(ao.find(io.retentiondesk.jira.ao.CustomerEntity.class, "CUSTOMER_KEY = ?", "globex")[0].getChurnType())
                .isEqualTo("OTHER");
        assertThat(standing.churnedAt()).isEqualTo(resolved);
        assertThat(standing.risk().band()).isEqualTo(RiskBand.CHURNED);

        // a later recorded date with its type: the resolution's earlier date wins, the admin's type stays
        customers.markChurned(CustomerKey.of("Globex"), NOW, "ATTRACTED_BY_COMPETITOR");
        assessment.assessAndWrite(issue, null);
        assertThat(customers.profileOf(CustomerKey.of("Globex")).churnedAt()).isEqualTo(resolved);
        assertThat(ao.find(io.retentiondesk.jira.ao.CustomerEntity.class, "CUSTOMER_KEY = ?", "globex")[0].getChurnType())
                .isEqualTo("ATTRACTED_BY_COMPETITOR");

        Instant earlier = NOW.minusSeconds(30 * 86_400L);
        customers.markChurned(CustomerKey.of("Globex"), earlier, "POACHED_BY_COMPETITOR");
        assessment.assessAndWrite(issue, null);
        assertThat(customers.profileOf(CustomerKey.of("Globex")).churnedAt()).as("the earlier date wins").isEqualTo(earlier);
        assertThat(ao.find(io.retentiondesk.jira.ao.CustomerEntity.class, "CUSTOMER_KEY = ?", "globex")[0].getChurnType())
                .isEqualTo("POACHED_BY_COMPETITOR");
    }
}

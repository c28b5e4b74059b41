package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.core.TicketEvaluation;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.CallbackSchedule;
import io.retentiondesk.core.callback.CallbackStatus;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.TicketRecords;
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
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class TicketScoringTest {
    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    @SuppressWarnings("unchecked")
    void scoresWithTheStoredTierAndSchedulesTheComplaintCallback() throws Exception {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migratedAll();
        JiraTicketReader reader = mock(JiraTicketReader.class);
        CustomerRegistry customers = new CustomerRegistry(ao);
        TicketRecords records = new TicketRecords(ao);
        CallbackLog callbacks = mock(CallbackLog.class);
        PolicyStore policies = io.retentiondesk.testing.Policies.store();
        RetentionFieldWriter fields = mock(RetentionFieldWriter.class);
        CallbackSchedule schedule = mock(CallbackSchedule.class);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn("SUP-1");
        when(issue.getId()).thenReturn(10001L);
        // KEY / MEDIUM complaint (2 h / 24 h) resolved in 24 h without a reply: responsiveness −100, reliability 0,
        // assurance 20 (fcr) → G = −30 + 0 + 5 = −25 → S = −25 BELOW; callback due 24 h after resolution
        Ticket ticket = new TicketBuilder("SUP-1", T0).reporter(Person.named("ann")).organization("Acme")
                .issueType("Complaint").priority("Medium").resolution("Done", T0.plusSeconds(86_400)).build();
        when(reader.read(issue, JsmFields.NONE)).thenReturn(ticket);
        customers.saveTier(CustomerKey.of("acme"), Tier.KEY);
        when(callbacks.attemptsFor(org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.eq("SUP-1"))).thenReturn(List.of());
        TicketRecorder recorder = new TicketRecorder(reader, JsmFields.NONE, customers, records, new io.retentiondesk.jira.ao.TicketLinks(ao), callbacks, policies,
                Clock.fixed(Instant.parse("2026-06-03T12:00:00Z"), ZoneOffset.UTC));
        TicketScoring scoring = new TicketScoring(recorder, schedule, fields, owners());

        TicketEvaluation e = scoring.scoreSatisfaction(issue);

        assertThat(e.satisfaction().score()).isEqualTo(-25);
        ArgumentCaptor<Map<RetentionField, Object>> values = ArgumentCaptor.forClass(Map.class);
        verify(fields).write(eq(issue), values.capture());
        assertThat(values.getValue()).containsEntry(RetentionField.SATISFACTION_SCORE, -25.0)
                .containsEntry(RetentionField.SATISFACTION_BAND, "BELOW")
                .containsEntry(RetentionField.CUSTOMER_TIER, "KEY")
                .doesNotContainKey(RetentionField.CALLBACK_STATUS);

        scoring.scheduleCallback(issue);
        verify(fields).write(issue, Map.of(RetentionField.CALLBACK_STATUS, "OVERDUE", // due 06-03 00:00, now 12:00
                RetentionField.CALLBACK_DUE, Date.from(Instant.parse("2026-06-03T00:00:00Z"))));
        verify(schedule).record(10001L, "SUP-1", Instant.parse("2026-06-03T00:00:00Z"), CallbackStatus.OVERDUE, null);
        // the ticket's record and reporter are kept for its customer's next assessment
        assertThat(records.of(10001L)).get().extracting(s -> s.record().key()).isEqualTo("SUP-1");
        assertThat(records.reporters(CustomerKey.of("acme"))).containsExactly("ann");
    }

    /** The panel looks without writing: no record, no reporter. */
    @Test
    void theReadOnlyEvaluationStoresNothing() throws Exception {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migratedAll();
        JiraTicketReader reader = mock(JiraTicketReader.class);
        TicketRecords records = new TicketRecords(ao);
        CallbackLog callbacks = mock(CallbackLog.class);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn("SUP-2");
        when(issue.getId()).thenReturn(10002L);
        when(reader.read(issue, JsmFields.NONE)).thenReturn(new TicketBuilder("SUP-2", T0).reporter(Person.named("bo"))
                .build());
        when(callbacks.attemptsFor(org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.eq("SUP-2"))).thenReturn(List.of());
        TicketRecorder recorder = new TicketRecorder(reader, JsmFields.NONE, new CustomerRegistry(ao), records, new io.retentiondesk.jira.ao.TicketLinks(ao), callbacks,
                io.retentiondesk.testing.Policies.store(),
                Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));
        TicketScoring scoring = new TicketScoring(recorder, mock(CallbackSchedule.class), mock(RetentionFieldWriter.class), owners());

        assertThat(scoring.evaluate(issue).key()).isEqualTo("SUP-2");
        assertThat(records.of(10002L)).isEmpty();
        assertThat(records.reporters(CustomerKey.of("bo"))).isEmpty();
    }

    private static CallbackOwners owners() {
        return new CallbackOwners(mock(com.atlassian.jira.issue.CustomFieldManager.class),
                io.retentiondesk.testing.Policies.store());
    }
}

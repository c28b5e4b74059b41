package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.CustomerEntity;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The customer's risk from its stored records and the ticket in hand, on a real AO database. */
class ChurnAssessmentTest {
    private static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");
    private final JiraTicketReader reader = mock(JiraTicketReader.class);
    private final CallbackLog callbacks = mock(CallbackLog.class);
    private final RetentionFieldWriter fields = mock(RetentionFieldWriter.class);
    private final PolicyStore policies = io.retentiondesk.testing.Policies.store();
    private EntityManagerActiveObjects ao;
    private CustomerRegistry customers;
    private TicketRecords records;
    private TicketRecorder recorder;
    private ChurnAssessment assessment;

    @BeforeEach
    void storage() throws Exception {
        ao = EntityManagerActiveObjects.migratedAll();
        customers = new CustomerRegistry(ao);
        records = new TicketRecords(ao);
        when(callbacks.attemptsFor(org.mockito.ArgumentMatchers.anyLong(), anyString())).thenReturn(List.of());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        recorder = new TicketRecorder(reader, JsmFields.NONE, customers, records, new io.retentiondesk.jira.ao.TicketLinks(ao), callbacks, policies, clock);
        assessment = new ChurnAssessment(recorder, records, customers, policies, fields, clock);
    }

    private MutableIssue issue(long id, Ticket ticket) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn(ticket.key());
        when(issue.getId()).thenReturn(id);
        when(issue.getCreated()).thenReturn(java.sql.Timestamp.from(ticket.created()));
        when(reader.read(issue, JsmFields.NONE)).thenReturn(ticket);
        return issue;
    }

    @Test
    @SuppressWarnings("unchecked")
    void assessesTheCustomerFromItsRecordsAndReadsOnlyTheTicketInHand() {
        customers.saveTier(CustomerKey.of("acme"), Tier.KEY);
        customers.saveValue(new io.retentiondesk.core.tier.CustomerValue(CustomerKey.of("acme"), null, 80));
        // an earlier ticket spoke of leaving 20 days ago; it was recorded when it was worked
        MutableIssue older = issue(10001L, new TicketBuilder("SUP-1", NOW.minusSeconds(20 * 86_400L))
                .reporter(Person.named("bob")).organization("Acme").summary("We will cancel the contract").build());
        recorder.record(older);
        MutableIssue current = issue(10003L, new TicketBuilder("SUP-3", NOW.minusSeconds(3600))
                .reporter(Person.named("ann")).organization("Acme").summary("Printer").build());
        clearInvocations(reader);

        CustomerStanding standing = assessment.assessAndWrite(current);

        verify(reader).read(current, JsmFields.NONE);
        verify(reader, never()).read(eq(older), any());
        // CHURN_INTENT 30 points, 20 days old → 22.05 → round(100·(1 − e^(−0.441))) = 36 MEDIUM
        assertThat(standing.risk().score()).isEqualTo(36);
        assertThat(standing.risk().band()).isEqualTo(RiskBand.MEDIUM);
        assertThat(standing.winBackPriority()).isEqualTo(144); // × KEY weight 4
        ArgumentCaptor<Map<RetentionField, Object>> values = ArgumentCaptor.forClass(Map.class);
        verify(fields).write(eq(current), values.capture());
        assertThat(values.getValue()).containsEntry(RetentionField.CHURN_RISK_SCORE, 36.0)
                .containsEntry(RetentionField.CHURN_RISK_BAND, "MEDIUM")
                // the field is searchable by anyone who may browse SUP-3: it does not name SUP-1 (SPEC §11)
                .containsEntry(RetentionField.CHURN_RISK_REASONS, "CHURN_INTENT in an earlier ticket (22.05)");
        assertThat(customers.latestRisk(CustomerKey.of("acme"))).get()
                .extracting(io.retentiondesk.jira.ao.CustomerRegistry.LatestRisk::reasons).isEqualTo("CHURN_INTENT SUP-1");
        assertThat(ao.find(CustomerEntity.class, "CUSTOMER_KEY = ?", "acme")[0].getRiskScore()).isEqualTo(36);
        assertThat(records.of(10003L)).isPresent();
        assertThat(records.reporters(CustomerKey.of("acme"))).containsExactlyInAnyOrder("bob", "ann");
    }

    /**
     * A new reporter can change an older ticket's facts (their comment there counted as agent side). The
     * transition uses the stored record as it is and says which records are inexact; the nightly re-assessment
     * re-reads those and then equals an assessment of every ticket read afresh.
     */
    @Test
    void aRecordANewReporterMadeInexactIsNamedAndTheNightlyRepairMakesTheRiskExact() {
        MutableIssue first = issue(1L, new TicketBuilder("SUP-1", NOW.minusSeconds(10 * 86_400L))
                .reporter(Person.named("ann")).organization("Acme").summary("Export fails")
                .comment(Person.named("carl"), NOW.minusSeconds(10 * 86_400L - 600), "we will cancel the contract")
                .build());
        recorder.record(first);
        // carl, whose comment on SUP-1 counted as an agent's, now reports a ticket of Acme himself
        MutableIssue second = issue(2L, new TicketBuilder("SUP-2", NOW.minusSeconds(86_400L))
                .reporter(Person.named("carl")).organization("Acme").summary("Printer").build());
        CustomerStanding inTransition = assessment.assessAndWrite(second);
        ChurnAssessment.Assessed before = assessment.reassess(CustomerKey.of("acme"));
        assertThat(before.inexact()).containsExactly(1L);
        assertThat(before.standing()).isEqualTo(inTransition);

        com.atlassian.jira.issue.IssueManager issues = mock(com.atlassian.jira.issue.IssueManager.class);
        when(issues.getIssueObject(1L)).thenReturn(first);
        when(issues.getIssueObject(2L)).thenReturn(second);
        new io.retentiondesk.jira.job.CustomerReassessment(issues, assessment, recorder, records)
                .reassess(CustomerKey.of("acme"), 2L);

        ChurnAssessment.Assessed after = assessment.reassess(CustomerKey.of("acme"));
        assertThat(after.inexact()).isEmpty();
        // carl's words are now the customer's own: churn intent counts (it did not before)
        assertThat(after.standing().risk().score()).isGreaterThan(before.standing().risk().score());
        io.retentiondesk.core.CustomerAssessment full = policies.assessment();
        java.util.Set<String> reporters = java.util.Set.of("ann", "carl");
        List<io.retentiondesk.core.TicketRecord> fresh = List.of(
                full.evaluate(reader.read(first, JsmFields.NONE), CustomerKey.of("Acme"), reporters, Tier.UNRATED,
                        CallbackHistory.of(List.of()), NOW).record(),
                full.evaluate(reader.read(second, JsmFields.NONE), CustomerKey.of("Acme"), reporters, Tier.UNRATED,
                        CallbackHistory.of(List.of()), NOW).record());
        assertThat(after.standing()).isEqualTo(full.standing(CustomerKey.of("acme"),
                io.retentiondesk.core.CustomerProfile.UNKNOWN, fresh, fresh.get(1).created(), NOW));
    }

    /** SPEC §6: a ticket resolved as "Churned" (the policy's churn resolution) marks its customer churned then. */
    @Test
    void aChurnResolutionMarksTheCustomerChurnedAtTheResolutionUnlessAnEarlierDateIsRecorded() {
        Instant resolved = NOW.minusSeconds(86_400);
        MutableIssue issue = issue(10009L, new TicketBuilder("SUP-9", NOW.minusSeconds(10 * 86_400L))
                .reporter(Person.named("ann")).organization("Globex").summary("Closing our account")
                .resolution("churned", resolved).build());

        CustomerStanding standing = assessment.assessAndWrite(issue);

        assertThat(customers.profileOf(CustomerKey.of("Globex")).churnedAt()).isEqualTo(resolved);
        assertThat(ao.find(CustomerEntity.class, "CUSTOMER_KEY = ?", "globex")[0].getChurnType()).isEqualTo("OTHER");
        assertThat(standing.churnedAt()).isEqualTo(resolved);
        assertThat(standing.risk().band()).isEqualTo(RiskBand.CHURNED);

        // a later recorded date with its type: the resolution's earlier date wins, the admin's type stays
        customers.markChurned(CustomerKey.of("Globex"), NOW, "ATTRACTED_BY_COMPETITOR");
        assessment.assessAndWrite(issue);
        assertThat(customers.profileOf(CustomerKey.of("Globex")).churnedAt()).isEqualTo(resolved);
        assertThat(ao.find(CustomerEntity.class, "CUSTOMER_KEY = ?", "globex")[0].getChurnType())
                .isEqualTo("ATTRACTED_BY_COMPETITOR");

        Instant earlier = NOW.minusSeconds(30 * 86_400L);
        customers.markChurned(CustomerKey.of("Globex"), earlier, "POACHED_BY_COMPETITOR");
        assessment.assessAndWrite(issue);
        assertThat(customers.profileOf(CustomerKey.of("Globex")).churnedAt()).as("the earlier date wins").isEqualTo(earlier);
        assertThat(ao.find(CustomerEntity.class, "CUSTOMER_KEY = ?", "globex")[0].getChurnType())
                .isEqualTo("POACHED_BY_COMPETITOR");
    }
}

package io.retentiondesk.jira.job;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.CallbackAttemptEntity;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.ao.CallbackScheduleEntity;
import io.retentiondesk.jira.ao.CustomerEntity;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.CustomerTicketEntity;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.FailedWorkEntity;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.ao.MonthlyRateEntity;
import io.retentiondesk.jira.ao.RateSnapshotEntity;
import io.retentiondesk.jira.ao.ScoredRatingEntity;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.bridge.JiraTicketReader;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.jira.service.ChurnAssessment;
import io.retentiondesk.jira.service.TicketRecorder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * An instance with the tables of the release before per-ticket records upgrades on HSQLDB: Jira's Active Objects
 * migration adds the two new tables, nothing of a customer's tier, churn mark, callbacks or queued work is lost, and
 * the first nightly repair records the tickets already linked to customers, so their risk is assessed from records.
 */
class UpgradeToRecordsTest {
    private static final Instant NOW = Instant.now();

    @Test
    @SuppressWarnings("unchecked")
    void theFirstNightAfterTheUpgradeRecordsTheLinkedTicketsAndLosesNothing() throws Exception {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migrated(CustomerEntity.class,
                CallbackAttemptEntity.class, RateSnapshotEntity.class, FailedWorkEntity.class,
                CallbackScheduleEntity.class, CustomerTicketEntity.class, ScoredRatingEntity.class,
                MonthlyRateEntity.class);
        CustomerRegistry customers = new CustomerRegistry(ao);
        CustomerKey acme = CustomerKey.of("Acme");
        customers.saveTier(acme, Tier.KEY);
        customers.markChurned(CustomerKey.of("Globex"), NOW.minusSeconds(86_400), "POACHED_BY_COMPETITOR");
        new CallbackLog(ao).record(1L, new CallbackAttempt("SUP-1", NOW.minusSeconds(3600), "zoe",
                CallbackOutcome.STILL_DISSATISFIED, 2, "still broken"));
        new FailedWorkQueue(ao).enqueue(io.retentiondesk.jira.work.WorkKind.ASSESS_CHURN_RISK, 2L, "SUP-2", null,
                new IllegalStateException("index"));
        Instant first = NOW.minusSeconds(3 * 86_400L);
        Instant second = NOW.minusSeconds(86_400L);
        io.retentiondesk.jira.ao.TicketLinks links = new io.retentiondesk.jira.ao.TicketLinks(ao);
        links.linkTickets(acme, Map.of(1L, YearMonth.from(first.atZone(ZoneOffset.UTC)),
                2L, YearMonth.from(second.atZone(ZoneOffset.UTC))));

        // the upgrade: Jira migrates the app's new entity list over the same tables
        ao.migrate(io.retentiondesk.jira.ao.TicketRecordEntity.class, io.retentiondesk.jira.ao.CustomerReporterEntity.class,
                CustomerEntity.class, CallbackAttemptEntity.class, RateSnapshotEntity.class, FailedWorkEntity.class,
                CallbackScheduleEntity.class, CustomerTicketEntity.class, ScoredRatingEntity.class, MonthlyRateEntity.class);

        assertThat(customers.profileOf(acme).tier()).isEqualTo(Tier.KEY);
        assertThat(customers.profileOf(CustomerKey.of("Globex")).churnType()).isEqualTo("POACHED_BY_COMPETITOR");
        assertThat(new CallbackLog(ao).attemptsFor(1L, "SUP-1")).singleElement()
                .extracting(CallbackAttempt::outcome).isEqualTo(CallbackOutcome.STILL_DISSATISFIED);
        assertThat(new FailedWorkQueue(ao).pending(10)).singleElement()
                .extracting(FailedWorkQueue.FailedWork::issueKey).isEqualTo("SUP-2");

        JiraTicketReader reader = mock(JiraTicketReader.class);
        IssueManager issues = mock(IssueManager.class);
        MutableIssue one = mock(MutableIssue.class);
        when(one.getId()).thenReturn(1L);
        when(one.getKey()).thenReturn("SUP-1");
        when(reader.read(one, JsmFields.NONE)).thenReturn(new TicketBuilder("SUP-1", first).reporter(Person.named("ann"))
                .organization("Acme").summary("We will cancel the contract").build());
        MutableIssue two = mock(MutableIssue.class);
        when(two.getId()).thenReturn(2L);
        when(two.getKey()).thenReturn("SUP-2");
        when(reader.read(two, JsmFields.NONE)).thenReturn(new TicketBuilder("SUP-2", second).reporter(Person.named("bo"))
                .organization("Acme").summary("Printer").build());
        when(issues.getIssueObject(1L)).thenReturn(one);
        when(issues.getIssueObject(2L)).thenReturn(two);
        PolicyStore policies = io.retentiondesk.testing.Policies.store();
        TicketRecords records = new TicketRecords(ao);
        TicketRecorder recorder = new TicketRecorder(reader, JsmFields.NONE, customers, records, links, new CallbackLog(ao),
                policies);

        int repaired = new RecordRepair(new ClusterLocks(new SharedLocks()), issues, recorder, records, links,
                policies, mock(com.atlassian.jira.bc.issue.search.SearchService.class),
                mock(com.atlassian.jira.security.JiraAuthenticationContext.class)).repair(NOW);

        assertThat(repaired).isEqualTo(2);
        assertThat(records.recordedAmong(List.of(1L, 2L))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(records.reporters(acme)).containsExactlyInAnyOrder("ann", "bo");
        ChurnAssessment churn = new ChurnAssessment(recorder, records, customers, policies,
                mock(RetentionFieldWriter.class));
        ChurnAssessment.Assessed assessed = churn.reassess(acme);
        assertThat(assessed.inexact()).isEmpty();
        assertThat(assessed.standing().risk().band()).isIn(RiskBand.MEDIUM, RiskBand.HIGH); // SUP-1's churn intent
        assertThat(assessed.standing().tier()).isEqualTo(Tier.KEY);
    }
}

package io.retentiondesk.jira.job;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.CustomerAssessment;
import io.retentiondesk.core.TicketRecord;
import io.retentiondesk.core.callback.CallbackHistory;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.TicketRecords;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.jira.service.TicketRecorder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The nightly repair re-reads exactly the tickets whose record is stale, of an older policy, or missing. */
class RecordRepairTest {
    private static final Instant NOW = Instant.parse("2026-10-15T02:30:00Z");
    private static final CustomerKey ACME = CustomerKey.of("Acme");

    @Test
    void staleOldPolicyAndMissingRecordsOfTheWindowAreReReadOnceAndAGoneIssueIsForgotten() throws Exception {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migratedAll();
        TicketRecords records = new TicketRecords(ao);
        io.retentiondesk.jira.ao.TicketLinks links = new io.retentiondesk.jira.ao.TicketLinks(ao);
        PolicyStore policies = io.retentiondesk.testing.Policies.store();
        long version = policies.version();
        CustomerAssessment assessment = policies.assessment();
        for (long id = 1; id <= 3; id++) {
            TicketRecord r = assessment.evaluate(new TicketBuilder("SUP-" + id, NOW.minusSeconds(86_400 * id))
                    .reporter(Person.named("ann")).organization("Acme").build(), ACME, Set.of(), Tier.UNRATED, CallbackHistory.of(List.of()),
                    NOW).record();
            records.save(id, r, id == 3 ? version - 1 : version, NOW);
        }
        records.markStale(List.of(2L));
        records.save(6L, assessment.evaluate(new TicketBuilder("SUP-6", NOW.minusSeconds(86_400))
                .reporter(Person.named("ann")).build(), ACME, Set.of(), Tier.UNRATED, CallbackHistory.of(List.of()), NOW).record(), version, NOW);
        records.markStale(List.of(6L));
        // linked to Acme: 1–3 and 4 (no record) in October, 5 (no record) two years ago, outside the window
        links.linkTickets(ACME, Map.of(1L, YearMonth.of(2026, 10), 2L, YearMonth.of(2026, 10),
                3L, YearMonth.of(2026, 10), 4L, YearMonth.of(2026, 10), 5L, YearMonth.of(2024, 10)));
        IssueManager issues = mock(IssueManager.class);
        Map<Long, MutableIssue> tickets = new HashMap<>();
        for (long id = 1; id <= 5; id++) {
            MutableIssue issue = mock(MutableIssue.class);
            when(issues.getIssueObject(id)).thenReturn(issue);
            tickets.put(id, issue);
        }
        TicketRecorder recorder = mock(TicketRecorder.class);

        new RecordRepair(new ClusterLocks(new SharedLocks()), issues, recorder, records, links, policies,
                mock(SearchService.class), mock(JiraAuthenticationContext.class)).repair(NOW); // no run-as user: no search

        verify(recorder).record(tickets.get(2L)); // stale
        verify(recorder).record(tickets.get(3L)); // an older policy
        verify(recorder).record(tickets.get(4L)); // linked, never recorded (an upgrade from before records)
        verify(recorder, never()).record(tickets.get(1L));
        verify(recorder, never()).record(tickets.get(5L)); // outside the window: not needed
        verify(recorder).forget(6L); // the issue is gone
        verify(recorder, never()).forget(1L);
        verify(issues, never()).getIssueObject(1L);
        verify(recorder, org.mockito.Mockito.times(3)).record(any());
    }

    /** An event that never came: Jira's search for recently updated tickets finds what the records missed. */
    @Test
    @SuppressWarnings("unchecked")
    void ticketsUpdatedSinceTheirRecordOrNeverRecordedAreReReadAsTheRunAsUser() throws Exception {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.migratedAll();
        TicketRecords records = new TicketRecords(ao);
        PolicyStore policies = io.retentiondesk.testing.Policies.store();
        CustomerAssessment assessment = policies.assessment();
        for (long id = 1; id <= 2; id++) {
            records.save(id, assessment.evaluate(new TicketBuilder("SUP-" + id, NOW.minusSeconds(86_400))
                    .reporter(Person.named("ann")).build(), ACME, Set.of(), Tier.UNRATED, CallbackHistory.of(List.of()),
                    NOW).record(), policies.version(), NOW.minusSeconds(7200));
        }
        MutableIssue changedSince = issue(1L, NOW.minusSeconds(600)); // updated after its record
        MutableIssue unchanged = issue(2L, NOW.minusSeconds(7200));
        MutableIssue neverRecorded = issue(3L, NOW.minusSeconds(300));
        ApplicationUser runAs = mock(ApplicationUser.class);
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getLoggedInUser()).thenReturn(runAs);
        SearchService search = mock(SearchService.class);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(search.parseQuery(runAs, "updated >= -2d ORDER BY updated DESC")).thenReturn(parsed);
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(List.of(neverRecorded, changedSince, unchanged));
        when(search.search(eq(runAs), any(), any())).thenReturn(results);
        IssueManager issues = mock(IssueManager.class);
        when(issues.getIssueObject(1L)).thenReturn(changedSince);
        TicketRecorder recorder = mock(TicketRecorder.class);
        when(recorder.refresh(neverRecorded)).thenReturn(true);

        int done = new RecordRepair(new ClusterLocks(new SharedLocks()), issues, recorder, records,
                new io.retentiondesk.jira.ao.TicketLinks(ao), policies, search, authentication).repair(NOW);

        assertThat(done).isEqualTo(2);
        verify(recorder).record(changedSince);
        verify(recorder).refresh(neverRecorded); // recorded only if it is a service request
        verify(recorder, never()).record(unchanged);
        verify(recorder, never()).refresh(unchanged);
    }

    private static MutableIssue issue(long id, Instant updated) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getUpdated()).thenReturn(java.sql.Timestamp.from(updated));
        return issue;
    }
}

package io.retentiondesk.jira.bridge;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CustomerHistoryTest {
    private static final java.time.Instant NOW = java.time.Instant.parse("2026-11-30T02:30:00Z");
    private final SearchService search = mock(SearchService.class);
    private final IssueManager issues = mock(IssueManager.class);

    @Test
    void queryQuotesTheNameAndBoundsTheWindow() {
        assertThat(CustomerHistory.jql(CustomerHistory.By.ORGANIZATION, "Acme \"Best\" Ltd", 180))
                .isEqualTo("Organizations = \"Acme \\\"Best\\\" Ltd\" AND created >= -180d ORDER BY created DESC");
        assertThat(CustomerHistory.jql(CustomerHistory.By.REPORTER, "ann\\x", 30))
                .isEqualTo("reporter = \"ann\\\\x\" AND created >= -30d ORDER BY created DESC");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void oneSearchOfAtMostFiveHundredTickets() throws Exception {
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        Query query = mock(Query.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        ApplicationUser agent = mock(ApplicationUser.class);
        when(search.parseQuery(eq(agent), any())).thenReturn(parsed);
        SearchResults<Issue> results = mock(SearchResults.class);
        Issue one = mock(Issue.class);
        when(results.getResults()).thenReturn(List.of(one));
        when(search.search(eq(agent), eq(query), any(PagerFilter.class))).thenReturn(results);

        List<Issue> found = new CustomerHistory(search, issues).search(agent, CustomerHistory.By.REPORTER, "ann", 180);

        assertThat(found).containsExactly(one);
        ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
        verify(search).search(eq(agent), eq(query), pager.capture());
        assertThat(pager.getValue().getStart()).isZero();
        assertThat(pager.getValue().getMax()).isEqualTo(500);
    }

    @Test
    void aQueryJiraRejectsIsAnErrorNotAnEmptyHistory() {
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(search.parseQuery(any(), any())).thenReturn(parsed);
        assertThatThrownBy(() -> new CustomerHistory(search, issues).search(null, CustomerHistory.By.ORGANIZATION, "x", 180))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ORGANIZATION");
    }

    /** The nightly job has no user: the customer's linked tickets in the window, read by id, newest first. */
    @Test
    void withoutASearcherTheLinkedTicketsInTheWindowAreTheHistory() throws Exception {
        MutableIssue recent = issue(issues, 3L, NOW.minusSeconds(86_400));
        MutableIssue older = issue(issues, 2L, NOW.minusSeconds(100 * 86_400L));
        issue(issues, 1L, NOW.minusSeconds(200 * 86_400L)); // outside a 180-day window
        CustomerHistory history = new CustomerHistory(search, issues, java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));

        List<Issue> found = history.recentTickets(null, CustomerHistory.By.ORGANIZATION, "Acme", 180, List.of(2L, 3L, 1L, 9L));

        assertThat(found).containsExactly(recent, older);
        org.mockito.Mockito.verifyNoInteractions(search);
    }

    /** An agent's search and the linked tickets it cannot see make one history, each ticket once. */
    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void anAgentsSearchIsJoinedByTheLinkedTicketsItMissed() throws Exception {
        MutableIssue seen = issue(issues, 5L, NOW.minusSeconds(3600));
        MutableIssue hidden = issue(issues, 4L, NOW.minusSeconds(7200));
        ApplicationUser agent = agentFinding(search, List.of(seen));
        CustomerHistory history = new CustomerHistory(search, issues, java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));

        assertThat(history.recentTickets(agent, CustomerHistory.By.REPORTER, "ann", 180, List.of(5L, 4L)))
                .containsExactly(seen, hidden);
        verify(issues, org.mockito.Mockito.never()).getIssueObject(5L);
    }

    /** With a full page found, only linked tickets newer than the page's oldest are read: the load stays bounded. */
    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aFullPageOfSearchResultsReadsOnlyNewerLinkedTickets() throws Exception {
        List<Issue> page = new java.util.ArrayList<>();
        for (long id = 1000; id < 1500; id++) {
            page.add(issue(issues, id, NOW.minusSeconds(3600 * (1600 - id))));
        }
        MutableIssue newer = issue(issues, 1600L, NOW.minusSeconds(60));
        ApplicationUser agent = agentFinding(search, page);
        CustomerHistory history = new CustomerHistory(search, issues, java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));

        List<Issue> found = history.recentTickets(agent, CustomerHistory.By.REPORTER, "ann", 180, List.of(1600L, 1499L, 900L));

        assertThat(found).hasSize(500).first().isSameAs(newer);
        verify(issues, org.mockito.Mockito.never()).getIssueObject(900L);
    }

    /** An agent whose customer search finds {@code found}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ApplicationUser agentFinding(SearchService search, List<Issue> found) throws Exception {
        ApplicationUser agent = mock(ApplicationUser.class);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(search.parseQuery(eq(agent), any())).thenReturn(parsed);
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(found);
        when(search.search(eq(agent), any(), any(PagerFilter.class))).thenReturn(results);
        return agent;
    }

    private static MutableIssue issue(IssueManager issues, long id, java.time.Instant created) {
        MutableIssue i = mock(MutableIssue.class);
        when(i.getId()).thenReturn(id);
        when(i.getCreated()).thenReturn(java.sql.Timestamp.from(created));
        when(issues.getIssueObject(id)).thenReturn(i);
        return i;
    }
}

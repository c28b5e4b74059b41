package io.retentiondesk.jira.bridge;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
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
        SearchService search = mock(SearchService.class);
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

        List<Issue> found = new CustomerHistory(search).recentTickets(agent, CustomerHistory.By.REPORTER, "ann", 180);

        assertThat(found).containsExactly(one);
        ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
        verify(search).search(eq(agent), eq(query), pager.capture());
        assertThat(pager.getValue().getStart()).isZero();
        assertThat(pager.getValue().getMax()).isEqualTo(500);
    }

    @Test
    void aQueryJiraRejectsIsAnErrorNotAnEmptyHistory() {
        SearchService search = mock(SearchService.class);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(search.parseQuery(any(), any())).thenReturn(parsed);
        assertThatThrownBy(() -> new CustomerHistory(search).recentTickets(null, CustomerHistory.By.ORGANIZATION, "x", 180))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ORGANIZATION");
    }
}

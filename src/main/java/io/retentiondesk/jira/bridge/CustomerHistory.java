package io.retentiondesk.jira.bridge;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Objects;

/**
 * A customer's recent tickets: one bounded search (SPEC §10), the newest {@value #MAX_TICKETS} created in the
 * risk window, by the customer's JSM organization or by its reporter, as the searching user may see them.
 */
@Named
public class CustomerHistory {
    public static final int MAX_TICKETS = 500;
    private final SearchService search;

    @Inject
    public CustomerHistory(@ComponentImport SearchService search) {
        this.search = Objects.requireNonNull(search);
    }

    /** Who the customer is in JQL terms. */
    public enum By { ORGANIZATION, REPORTER }

    /**
     * @throws SearchException when Jira cannot run the search
     * @throws IllegalArgumentException when the query does not parse (a name Jira rejects)
     */
    public List<Issue> recentTickets(ApplicationUser searcher, By by, String name, int windowDays)
            throws SearchException {
        String jql = jql(by, name, windowDays);
        SearchService.ParseResult parsed = search.parseQuery(searcher, jql);
        if (!parsed.isValid()) {
            throw new IllegalArgumentException("customer history: Jira rejected the query for " + by);
        }
        return search.search(searcher, parsed.getQuery(), new PagerFilter<Issue>(0, MAX_TICKETS)).getResults();
    }

    /** The query, with the name quoted as a JQL string literal. */
    static String jql(By by, String name, int windowDays) {
        String field = by == By.ORGANIZATION ? "Organizations" : "reporter";
        return field + " = " + quote(name) + " AND created >= -" + windowDays + "d ORDER BY created DESC";
    }

    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}

package io.retentiondesk.jira.bridge;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A customer's recent tickets: one bounded search (SPEC §10), the newest {@value #MAX_TICKETS} created in the
 * risk window, by the customer's JSM organization or by its reporter, as the searching user may see them; plus
 * the tickets the registry already links to the customer, read by id.
 */
@Named
public class CustomerHistory {
    public static final int MAX_TICKETS = 500;
    private final SearchService search;
    private final IssueManager issues;
    private final Clock clock;

    @Inject
    public CustomerHistory(@ComponentImport SearchService search, @ComponentImport IssueManager issues) {
        this(search, issues, Clock.systemUTC());
    }

    CustomerHistory(SearchService search, IssueManager issues, Clock clock) {
        this.search = Objects.requireNonNull(search);
        this.issues = Objects.requireNonNull(issues);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The customer's tickets created in the window, newest first, at most {@value #MAX_TICKETS}: those the searcher
     * finds and those already linked to the customer. A system run (the nightly job) has no user to search as, and
     * an agent may not see every ticket of the customer, but the risk needs them all; a {@code null} searcher
     * searches nothing rather than as anonymous.
     *
     * @param knownIssueIds the customer's linked tickets, newest first
     */
    public List<Issue> recentTickets(ApplicationUser searcher, By by, String name, int windowDays,
                                     Collection<Long> knownIssueIds) throws SearchException {
        Map<Long, Issue> found = new LinkedHashMap<>();
        if (searcher != null) {
            search(searcher, by, name, windowDays).forEach(i -> found.put(i.getId(), i));
        }
        // a full page of search results already holds the newest tickets: older known ones would be cut anyway
        long oldestKept = found.size() >= MAX_TICKETS ? found.keySet().stream().mapToLong(Long::longValue).min().orElse(0) : 0;
        Instant since = clock.instant().minus(Duration.ofDays(windowDays));
        for (Long id : knownIssueIds) {
            if (found.size() >= 2 * MAX_TICKETS || id < oldestKept) {
                break; // the known ids come newest first
            }
            if (!found.containsKey(id)) {
                Issue known = issues.getIssueObject(id);
                if (known != null && known.getCreated() != null && !known.getCreated().toInstant().isBefore(since)) {
                    found.put(id, known);
                }
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Issue::getCreated, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(MAX_TICKETS).toList();
    }

    /** Who the customer is in JQL terms. */
    public enum By { ORGANIZATION, REPORTER }

    /**
     * @throws SearchException when Jira cannot run the search
     * @throws IllegalArgumentException when the query does not parse (a name Jira rejects)
     */
    List<Issue> search(ApplicationUser searcher, By by, String name, int windowDays) throws SearchException {
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

// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Map;

/**
 * Jira publishes it; the app never builds one. The public constructor is the one Jira 11.0 code calls
 * ({@code new IssueEvent(issue, Collections.emptyMap(), user, 0L)}, SLACK DefaultJiraSlackEventListenerTest:118;
 * a raw {@code Map} as in Jira's source).
 */
public class IssueEvent {
    private final Issue issue;
    private final ApplicationUser user;
    private final Long eventTypeId;

    @SuppressWarnings("rawtypes")
    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.user = user;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public ApplicationUser getUser() {
        return user;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}

// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Jira publishes it; the app never builds one (tests mock it), so the stand-in's constructor is private. */
public class IssueEvent {
    private IssueEvent() {
    }

    public Issue getIssue() {
        return null;
    }

    public ApplicationUser getUser() {
        return null;
    }

    public Long getEventTypeId() {
        return null;
    }
}

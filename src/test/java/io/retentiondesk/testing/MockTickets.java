package io.retentiondesk.testing;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Jira objects on the stand-ins for the transition cost tests and benchmarks: one resolved complaint, its people. */
public final class MockTickets {
    public static final long ISSUE_ID = 9_999L;
    public static final String ISSUE_KEY = "SUP-9999";

    private MockTickets() {
    }

    /** A high-priority complaint reported by ann, created 31 h and resolved 2 h before {@code now}. */
    public static MutableIssue resolvedComplaint(Instant now) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(ISSUE_ID);
        when(issue.getKey()).thenReturn(ISSUE_KEY);
        when(issue.getProjectId()).thenReturn(10_000L);
        when(issue.getSummary()).thenReturn("Refund for the invoice export");
        when(issue.getDescription()).thenReturn("It fails again");
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Complaint");
        when(type.getId()).thenReturn("10001");
        when(issue.getIssueType()).thenReturn(type);
        Priority priority = mock(Priority.class);
        when(priority.getName()).thenReturn("High");
        when(issue.getPriority()).thenReturn(priority);
        Resolution done = mock(Resolution.class);
        when(done.getName()).thenReturn("Done");
        when(issue.getResolution()).thenReturn(done);
        when(issue.getCreated()).thenReturn(Timestamp.from(now.minus(Duration.ofHours(31))));
        when(issue.getResolutionDate()).thenReturn(Timestamp.from(now.minus(Duration.ofHours(2))));
        when(issue.getUpdated()).thenReturn(Timestamp.from(now.minus(Duration.ofHours(2))));
        ApplicationUser ann = user("ann");
        when(issue.getReporter()).thenReturn(ann);
        return issue;
    }

    public static Comment comment(String author, Instant at) {
        Comment c = mock(Comment.class);
        ApplicationUser user = user(author);
        when(c.getAuthorApplicationUser()).thenReturn(user);
        when(c.getCreated()).thenReturn(Date.from(at));
        when(c.getBody()).thenReturn("reply");
        return c;
    }

    public static ApplicationUser user(String name) {
        ApplicationUser u = mock(ApplicationUser.class);
        when(u.getUsername()).thenReturn(name);
        when(u.getKey()).thenReturn(name);
        return u;
    }
}

package it.io.retentiondesk;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Objects;

import static org.junit.Assert.assertTrue;

/**
 * Tickets of an {@link AppProject}, created and moved through Jira's IssueService as the administrator, so the
 * workflow runs the app's post-functions as it would for an agent. A component of the test plugin.
 */
public class Tickets {
    private final IssueService issues;
    private final IssueManager issueManager;
    private final JiraUsers users;

    public Tickets(IssueService issues, IssueManager issueManager, JiraUsers users) {
        this.issues = Objects.requireNonNull(issues);
        this.issueManager = Objects.requireNonNull(issueManager);
        this.users = Objects.requireNonNull(users);
    }

    /** A new ticket reported by the administrator (the customer, as the app sees it). */
    public MutableIssue create(AppProject project, String summary) {
        ApplicationUser admin = users.admin();
        IssueInputParameters input = issues.newIssueInputParameters();
        input.setProjectId(project.project().getId());
        input.setIssueTypeId(project.issueType().getId());
        input.setSummary(summary);
        IssueService.CreateValidationResult valid = issues.validateCreate(admin, input);
        assertTrue(String.valueOf(valid.getErrorCollection()), valid.isValid());
        IssueService.IssueResult created = issues.create(admin, valid);
        assertTrue(String.valueOf(created.getErrorCollection()), created.isValid());
        return reread(created.getIssue());
    }

    /** Takes the transition (Jira runs its validators and post-functions) and answers what Jira said. */
    public IssueService.IssueResult transition(MutableIssue ticket, int actionId) {
        ApplicationUser admin = users.admin();
        IssueService.TransitionValidationResult valid = issues.validateTransition(admin, ticket.getId(), actionId,
                issues.newIssueInputParameters());
        assertTrue(String.valueOf(valid.getErrorCollection()), valid.isValid());
        return issues.transition(admin, valid);
    }

    /** Takes the transition, which must succeed, and reads the ticket back as stored. */
    public MutableIssue transitioned(MutableIssue ticket, int actionId) {
        IssueService.IssueResult moved = transition(ticket, actionId);
        assertTrue(String.valueOf(moved.getErrorCollection()), moved.isValid());
        return reread(ticket);
    }

    /** Stores a field value the way an agent's edit would, without an event. */
    public MutableIssue set(MutableIssue ticket, CustomField field, Object value) {
        MutableIssue stored = reread(ticket);
        stored.setCustomFieldValue(field, value);
        issueManager.updateIssue(users.admin(), stored, UpdateIssueRequest.builder()
                .eventDispatchOption(EventDispatchOption.DO_NOT_DISPATCH).sendMail(false).build());
        return reread(ticket);
    }

    public MutableIssue reread(MutableIssue ticket) {
        return Objects.requireNonNull(issueManager.getIssueObject(ticket.getId()), ticket.getKey());
    }
}

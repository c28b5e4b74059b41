package io.retentiondesk.jira.job;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.service.ChurnAssessment;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;

/**
 * Re-assesses one customer's churn risk through its newest ticket (the assessment reads the customer's recent
 * tickets, writes the risk fields on that ticket and the registry) and stores the ticket without an event.
 */
@Named
public class CustomerReassessment {
    private final IssueManager issues;
    private final ChurnAssessment churn;

    @Inject
    public CustomerReassessment(@ComponentImport IssueManager issues, ChurnAssessment churn) {
        this.issues = Objects.requireNonNull(issues);
        this.churn = Objects.requireNonNull(churn);
    }

    /** @return false when the ticket no longer exists */
    public boolean reassess(long newestIssueId) {
        MutableIssue issue = issues.getIssueObject(newestIssueId);
        if (issue == null) {
            return false;
        }
        try {
            churn.assessAndWrite(issue, null);
        } catch (SearchException e) {
            throw new IllegalStateException("customer history search failed", e);
        }
        issues.updateIssue(null, issue, UpdateIssueRequest.builder()
                .eventDispatchOption(EventDispatchOption.DO_NOT_DISPATCH).sendMail(false).build());
        return true;
    }
}

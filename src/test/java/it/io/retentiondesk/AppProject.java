package it.io.retentiondesk;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

/**
 * A project on the wired tests' workflow (src/test/resources/it/io/retentiondesk/retention-workflow.xml): Create
 * runs Assign customer tier; Resolve runs Score satisfaction, Schedule complaint callback and Assess churn risk;
 * Log callback, a loop on Resolved, runs the validator Callback outcome required and Record callback outcome.
 */
public record AppProject(Project project, IssueType issueType) {
    /** Action ids in retention-workflow.xml. */
    public static final int RESOLVE = 11;
    public static final int LOG_CALLBACK = 21;

    public String key() {
        return project.getKey();
    }
}

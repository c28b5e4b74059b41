package io.retentiondesk.jira.job;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.WorkSteps;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;

/**
 * Re-does a queued piece of work on the issue as it is now, by running its {@link io.retentiondesk.jira.work.WorkKind}
 * exactly as the first run did (with the callback attempt captured then), and stores the issue without dispatching an
 * event when the work sets its fields (in a transition Jira stores it). The issue is found by its id, which a move
 * keeps; a row of an older release by its key, old keys of a moved issue included. Work on an issue that no longer
 * exists is done: there is nothing left to do.
 */
@Named
public class FailedWorkRetry {
    private final IssueManager issues;
    private final WorkSteps steps;

    @Inject
    public FailedWorkRetry(@ComponentImport IssueManager issues, WorkSteps steps) {
        this.issues = Objects.requireNonNull(issues);
        this.steps = Objects.requireNonNull(steps);
    }

    /** @throws RuntimeException when the work failed again (the caller counts the attempt) */
    public void retry(FailedWorkQueue.FailedWork work) {
        if (work.kind() == null) {
            throw new IllegalStateException("unknown kind of work");
        }
        MutableIssue issue = work.issueId() != null ? issues.getIssueObject(work.issueId())
                : work.issueKey() == null ? null : issues.getIssueObject(work.issueKey());
        if (issue == null) {
            return;
        }
        work.kind().run(steps, issue, null, work.attempt());
        if (work.kind().writesIssueFields()) {
            issues.updateIssue(null, issue, UpdateIssueRequest.builder()
                    .eventDispatchOption(EventDispatchOption.DO_NOT_DISPATCH).sendMail(false).build());
        }
    }
}

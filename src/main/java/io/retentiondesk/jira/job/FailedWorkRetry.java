package io.retentiondesk.jira.job;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.ChurnAssessment;
import io.retentiondesk.jira.service.TicketRecorder;
import io.retentiondesk.jira.service.CustomerTiering;
import io.retentiondesk.jira.service.TicketScoring;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;

/**
 * Re-does a queued piece of post-function or listener work on the issue as it is now, and stores the issue
 * without dispatching an event. Work on an issue that no longer exists is done: there is nothing left to do.
 */
@Named
public class FailedWorkRetry {
    private final IssueManager issues;
    private final TicketScoring scoring;
    private final CustomerTiering tiering;
    private final ChurnAssessment churn;
    private final TicketRecorder recorder;

    @Inject
    public FailedWorkRetry(@ComponentImport IssueManager issues, TicketScoring scoring, CustomerTiering tiering,
                           ChurnAssessment churn, TicketRecorder recorder) {
        this.issues = Objects.requireNonNull(issues);
        this.recorder = Objects.requireNonNull(recorder);
        this.scoring = Objects.requireNonNull(scoring);
        this.tiering = Objects.requireNonNull(tiering);
        this.churn = Objects.requireNonNull(churn);
    }

    /** @throws RuntimeException when the work failed again (the caller re-queues it) */
    public void retry(FailedWorkQueue.FailedWork work) {
        MutableIssue issue = issues.getIssueByCurrentKey(work.issueKey());
        if (issue == null) {
            return;
        }
        if ("refresh-record".equals(work.work())) {
            recorder.record(issue); // the app's own record only: nothing on the issue to store
            return;
        }
        switch (work.work()) {
            case "assign-customer-tier" -> tiering.assign(issue);
            case "score-satisfaction", "late-rating" -> scoring.scoreSatisfaction(issue);
            case "schedule-complaint-callback", "record-callback-outcome" -> scoring.scheduleCallback(issue);
            case "assess-churn-risk" -> assess(issue);
            default -> throw new IllegalArgumentException("unknown work " + work.work());
        }
        if ("late-rating".equals(work.work())) {
            assess(issue);
        }
        issues.updateIssue(null, issue, UpdateIssueRequest.builder()
                .eventDispatchOption(EventDispatchOption.DO_NOT_DISPATCH).sendMail(false).build());
    }

    private void assess(MutableIssue issue) {
        churn.assessAndWrite(issue);
    }
}

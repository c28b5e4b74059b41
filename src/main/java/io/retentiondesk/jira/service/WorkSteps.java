package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.jira.ao.CallbackLog;
import io.retentiondesk.jira.work.WorkKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;

/**
 * The app's {@link WorkKind.Steps}: each step one call into a service. The post-functions, the issue-event listener
 * and the nightly retry of failed work run a {@link WorkKind} over this one object.
 */
@Named
public class WorkSteps implements WorkKind.Steps {
    private final CustomerTiering tiering;
    private final TicketScoring scoring;
    private final ChurnAssessment churn;
    private final LateRating lateRating;
    private final TicketRecorder recorder;
    private final CallbackLog callbacks;

    @Inject
    public WorkSteps(CustomerTiering tiering, TicketScoring scoring, ChurnAssessment churn, LateRating lateRating,
                     TicketRecorder recorder, CallbackLog callbacks) {
        this.tiering = Objects.requireNonNull(tiering);
        this.scoring = Objects.requireNonNull(scoring);
        this.churn = Objects.requireNonNull(churn);
        this.lateRating = Objects.requireNonNull(lateRating);
        this.recorder = Objects.requireNonNull(recorder);
        this.callbacks = Objects.requireNonNull(callbacks);
    }

    @Override
    public void assignTier(MutableIssue issue) {
        tiering.assign(issue);
    }

    @Override
    public void scoreSatisfaction(MutableIssue issue) {
        scoring.scoreSatisfaction(issue);
    }

    @Override
    public void scheduleCallback(MutableIssue issue, ApplicationUser resolver) {
        scoring.scheduleCallback(issue, resolver);
    }

    @Override
    public void logCallbackAttempt(Issue issue, CallbackAttempt attempt) {
        callbacks.record(issue.getId(), new CallbackAttempt(issue.getKey(), attempt.attemptedAt(), attempt.who(),
                attempt.outcome(), attempt.rating(), attempt.note()));
    }

    @Override
    public void assessChurnRisk(MutableIssue issue) {
        churn.assessAndWrite(issue);
    }

    @Override
    public boolean rescoreLateRating(Issue issue, ApplicationUser user) {
        return lateRating.rescoreIfNew(issue, user);
    }

    @Override
    public boolean refreshRecord(Issue issue) {
        return recorder.refresh(issue);
    }

    /** A deleted issue leaves its customer's history (the listener's one step that is no queued work). */
    public void forget(long issueId) {
        recorder.forget(issueId);
    }
}

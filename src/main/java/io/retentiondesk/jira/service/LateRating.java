package io.retentiondesk.jira.service;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.ao.ScoredRatings;
import io.retentiondesk.jira.bridge.JsmFields;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;

/**
 * A CSAT rating that arrived after the ticket was resolved and scored with a predicted value: re-scores the ticket
 * with the rating, re-assesses its customer and stores the issue without an event (no loop, no mail). Which rating
 * was last scored is kept in Active Objects, so each rating is scored once however often it is seen: by the
 * listener on the rating's event, or by the nightly job for a rating whose event never came.
 */
@Named
public class LateRating {
    private final IssueManager issues;
    private final JsmFields jsm;
    private final ScoredRatings scored;
    private final TicketRecorder recorder;
    private final TicketScoring scoring;
    private final ChurnAssessment churn;

    @Inject
    public LateRating(@ComponentImport IssueManager issues, JsmFields jsm, ScoredRatings scored, TicketRecorder recorder,
                      TicketScoring scoring, ChurnAssessment churn) {
        this.issues = Objects.requireNonNull(issues);
        this.jsm = Objects.requireNonNull(jsm);
        this.scored = Objects.requireNonNull(scored);
        this.recorder = Objects.requireNonNull(recorder);
        this.scoring = Objects.requireNonNull(scoring);
        this.churn = Objects.requireNonNull(churn);
    }

    /** The nightly check: the ticket as it is now, by id; {@code false} when it no longer exists. */
    public boolean rescoreIfNew(long issueId) {
        return rescoreIfNew(issues.getIssueObject(issueId), null);
    }

    /**
     * @param seen the ticket as the caller has it (an event's issue may be stale; the update reads it afresh)
     * @param user who caused it, or {@code null} for the nightly job
     * @return whether a new rating was scored
     */
    public boolean rescoreIfNew(Issue seen, ApplicationUser user) {
        if (seen == null || seen.getResolutionDate() == null) {
            return false;
        }
        if (!(jsm.rating(seen) instanceof JsmFields.Rating.Given rating) || !scored.isNew(seen.getId(), rating.value())) {
            return false;
        }
        MutableIssue issue = issues.getIssueObject(seen.getId());
        if (issue == null) {
            return false;
        }
        // read once: the same evaluation scores the ticket and joins its customer's assessment
        TicketRecorder.Recorded recorded = recorder.record(issue);
        scoring.writeSatisfaction(issue, recorded.evaluation());
        churn.assessAndWrite(issue, recorded);
        issues.updateIssue(user, issue, UpdateIssueRequest.builder()
                .eventDispatchOption(EventDispatchOption.DO_NOT_DISPATCH).sendMail(false).build());
        scored.record(seen.getId(), rating.value());
        return true;
    }
}

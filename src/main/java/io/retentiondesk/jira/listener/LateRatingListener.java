package io.retentiondesk.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.ao.ScoredRatings;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.service.ChurnAssessment;
import io.retentiondesk.jira.service.TicketScoring;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

import java.util.Objects;

/**
 * A CSAT rating often arrives days after the ticket was resolved and scored with a predicted value. On any event
 * of a resolved ticket whose rating is new, this re-scores the ticket with the rating and re-assesses its customer.
 * Its own update dispatches no event (no loop, no mail); a failure is logged by key and queued, never thrown into
 * the operation that raised the event.
 */
@Named
public class LateRatingListener implements InitializingBean, DisposableBean {
    static final String WORK = "late-rating";
    private static final Logger LOG = LoggerFactory.getLogger(LateRatingListener.class);

    private final EventPublisher events;
    private final IssueManager issues;
    private final JsmFields jsm;
    private final ScoredRatings scored;
    private final TicketScoring scoring;
    private final ChurnAssessment churn;
    private final FailedWorkQueue failures;

    @Inject
    public LateRatingListener(@ComponentImport EventPublisher events, @ComponentImport IssueManager issues,
                              JsmFields jsm, ScoredRatings scored, TicketScoring scoring, ChurnAssessment churn,
                              FailedWorkQueue failures) {
        this.events = Objects.requireNonNull(events);
        this.issues = Objects.requireNonNull(issues);
        this.jsm = Objects.requireNonNull(jsm);
        this.scored = Objects.requireNonNull(scored);
        this.scoring = Objects.requireNonNull(scoring);
        this.churn = Objects.requireNonNull(churn);
        this.failures = Objects.requireNonNull(failures);
    }

    @Override
    public void afterPropertiesSet() {
        events.register(this);
    }

    @Override
    public void destroy() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getResolutionDate() == null) {
            return;
        }
        try {
            JsmFields.Rating rating = jsm.rating(issue);
            if (rating == null || !scored.isNew(issue.getId(), rating.value())) {
                return;
            }
            MutableIssue mutable = issues.getIssueObject(issue.getId());
            scoring.scoreSatisfaction(mutable);
            churn.assessAndWrite(mutable, event.getUser());
            issues.updateIssue(event.getUser(), mutable, UpdateIssueRequest.builder()
                    .eventDispatchOption(EventDispatchOption.DO_NOT_DISPATCH).sendMail(false).build());
            scored.record(issue.getId(), rating.value());
        } catch (RuntimeException | SearchException e) {
            LOG.warn("Retention Desk: {} failed on {} ({}); queued for retry", WORK, issue.getKey(),
                    e.getClass().getName());
            try {
                failures.enqueue(issue.getKey(), WORK, e);
            } catch (RuntimeException queueFailure) {
                LOG.error("Retention Desk: could not queue {} for {} ({})", WORK, issue.getKey(),
                        queueFailure.getClass().getName());
            }
        }
    }
}

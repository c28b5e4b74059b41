package io.retentiondesk.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.LateRating;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

import java.util.Objects;

/**
 * A CSAT rating often arrives days after the ticket was resolved and scored with a predicted value. On any event
 * of a resolved ticket whose rating is new, this re-scores the ticket with the rating and re-assesses its customer
 * ({@link LateRating}). A failure is logged by key and queued, never thrown into the operation that raised the
 * event; the nightly job also catches ratings whose event never came.
 */
@Named
public class LateRatingListener implements InitializingBean, DisposableBean {
    static final String WORK = "late-rating";
    private static final Logger LOG = LoggerFactory.getLogger(LateRatingListener.class);

    private final EventPublisher events;
    private final LateRating lateRating;
    private final FailedWorkQueue failures;

    @Inject
    public LateRatingListener(@ComponentImport EventPublisher events, LateRating lateRating, FailedWorkQueue failures) {
        this.events = Objects.requireNonNull(events);
        this.lateRating = Objects.requireNonNull(lateRating);
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
            lateRating.rescoreIfNew(issue, event.getUser());
        } catch (RuntimeException e) {
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

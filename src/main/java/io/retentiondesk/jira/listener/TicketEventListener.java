package io.retentiondesk.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.LateRating;
import io.retentiondesk.jira.service.WorkSteps;
import io.retentiondesk.jira.work.WorkKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

import java.util.Objects;

/**
 * Keeps the app's per-ticket records current from Jira's issue events (SPEC §10): on any event of a service request
 * the ticket is re-read and its record rewritten (one ticket, never its customer's others); a deleted issue leaves
 * its customer's history. A CSAT rating often arrives days after the ticket was resolved and scored with a predicted
 * value: on an event of a resolved ticket whose rating is new, the ticket is re-scored with the rating and its
 * customer re-assessed ({@link LateRating}), which records it too. Both are a {@link WorkKind}, so a retry does the
 * same. A failure is logged by key and queued, never thrown into the operation that raised the event; the nightly
 * job catches ratings whose event never came.
 */
@Named
public class TicketEventListener implements InitializingBean, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(TicketEventListener.class);

    private final EventPublisher events;
    private final WorkSteps steps;
    private final FailedWorkQueue failures;

    @Inject
    public TicketEventListener(@ComponentImport EventPublisher events, WorkSteps steps, FailedWorkQueue failures) {
        this.events = Objects.requireNonNull(events);
        this.steps = Objects.requireNonNull(steps);
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
        if (issue == null) {
            return;
        }
        WorkKind work = issue.getResolutionDate() != null ? WorkKind.LATE_RATING : WorkKind.REFRESH_RECORD;
        try {
            if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
                steps.forget(issue.getId());
                return;
            }
            work.run(steps, issue, event.getUser(), null);
        } catch (RuntimeException e) {
            LOG.warn("Retention Desk: {} failed on {} ({}); queued for retry", work.code(), issue.getKey(),
                    e.getClass().getName());
            try {
                failures.enqueue(EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId()) ? WorkKind.REFRESH_RECORD
                        : work, issue.getId(), issue.getKey(), null, e);
            } catch (RuntimeException queueFailure) {
                LOG.error("Retention Desk: could not queue {} for {} ({})", work.code(), issue.getKey(),
                        queueFailure.getClass().getName());
            }
        }
    }
}

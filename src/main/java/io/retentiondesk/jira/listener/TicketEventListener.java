package io.retentiondesk.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.service.LateRating;
import io.retentiondesk.jira.service.TicketRecorder;
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
 * customer re-assessed ({@link LateRating}), which records it too. A failure is logged by key and queued, never
 * thrown into the operation that raised the event; the nightly job catches ratings whose event never came.
 */
@Named
public class TicketEventListener implements InitializingBean, DisposableBean {
    static final String WORK = "late-rating";
    static final String RECORD_WORK = "refresh-record";
    private static final Logger LOG = LoggerFactory.getLogger(TicketEventListener.class);

    private final EventPublisher events;
    private final LateRating lateRating;
    private final TicketRecorder recorder;
    private final FailedWorkQueue failures;

    @Inject
    public TicketEventListener(@ComponentImport EventPublisher events, LateRating lateRating, TicketRecorder recorder,
                               FailedWorkQueue failures) {
        this.events = Objects.requireNonNull(events);
        this.lateRating = Objects.requireNonNull(lateRating);
        this.recorder = Objects.requireNonNull(recorder);
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
        String work = RECORD_WORK;
        try {
            if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
                recorder.forget(issue.getId());
                return;
            }
            if (issue.getResolutionDate() != null) {
                work = WORK;
                if (lateRating.rescoreIfNew(issue, event.getUser())) {
                    return;
                }
                work = RECORD_WORK;
            }
            recorder.refresh(issue);
        } catch (RuntimeException e) {
            LOG.warn("Retention Desk: {} failed on {} ({}); queued for retry", work, issue.getKey(),
                    e.getClass().getName());
            try {
                failures.enqueue(issue.getKey(), work, e);
            } catch (RuntimeException queueFailure) {
                LOG.error("Retention Desk: could not queue {} for {} ({})", work, issue.getKey(),
                        queueFailure.getClass().getName());
            }
        }
    }
}

package io.retentiondesk.jira.service;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.TicketEvaluation;
import io.retentiondesk.jira.ao.CallbackSchedule;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates the ticket being transitioned and writes its fields: the one call each of the Score satisfaction and
 * Schedule complaint callback post-functions makes. The evaluation is {@link TicketRecorder}'s, so the ticket's
 * customer side includes the reporters of the customer's other tickets and its record is kept current.
 */
@Named
public class TicketScoring {
    private final TicketRecorder recorder;
    private final CallbackSchedule schedule;
    private final RetentionFieldWriter fields;
    private final CallbackOwners owners;

    @Inject
    public TicketScoring(TicketRecorder recorder, CallbackSchedule schedule, RetentionFieldWriter fields,
                         CallbackOwners owners) {
        this.owners = Objects.requireNonNull(owners);
        this.recorder = Objects.requireNonNull(recorder);
        this.schedule = Objects.requireNonNull(schedule);
        this.fields = Objects.requireNonNull(fields);
    }

    /** Evaluates the issue now and sets its satisfaction fields (Score satisfaction). */
    public TicketEvaluation scoreSatisfaction(MutableIssue issue) {
        return writeSatisfaction(issue, recorder.record(issue).evaluation());
    }

    /** Sets the satisfaction fields of an evaluation the caller has just made (the late-rating path). */
    public TicketEvaluation writeSatisfaction(MutableIssue issue, TicketEvaluation e) {
        Map<RetentionField, Object> values = new EnumMap<>(RetentionField.class);
        values.put(RetentionField.CUSTOMER_TIER, e.tier().name());
        if (e.satisfaction() != null) {
            values.put(RetentionField.SATISFACTION_SCORE, (double) e.satisfaction().score());
            values.put(RetentionField.SATISFACTION_BAND, e.satisfaction().band().name());
        }
        fields.write(issue, values);
        return e;
    }

    /**
     * Evaluates the issue now and, for a resolved complaint, sets its callback due time and status and keeps them
     * for {@code callbacksOverdue()} and the job (Schedule complaint callback).
     */
    public TicketEvaluation scheduleCallback(MutableIssue issue) {
        return scheduleCallback(issue, null);
    }

    /**
     * As above, on the resolving transition: the callback's owner is also kept, by the policy's rule.
     *
     * @param resolver who resolved the complaint; {@code null} keeps the owner kept before (a retry, a re-schedule
     *                 after a logged attempt)
     */
    public TicketEvaluation scheduleCallback(MutableIssue issue, ApplicationUser resolver) {
        TicketEvaluation e = recorder.record(issue).evaluation();
        if (e.callback() != null && e.callback().status() != null) {
            Map<RetentionField, Object> values = new EnumMap<>(RetentionField.class);
            values.put(RetentionField.CALLBACK_STATUS, e.callback().status().name());
            values.put(RetentionField.CALLBACK_DUE, Date.from(e.callback().due()));
            fields.write(issue, values);
            schedule.record(issue.getId(), issue.getKey(), e.callback().due(), e.callback().status(),
                    owners.ownerOf(issue, resolver));
        }
        return e;
    }

    /** What the engine says of the issue now, read-only (the issue panel). */
    public TicketEvaluation evaluate(Issue issue) {
        return recorder.evaluate(issue).evaluation();
    }
}

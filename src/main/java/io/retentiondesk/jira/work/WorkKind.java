package io.retentiondesk.jira.work;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.callback.CallbackAttempt;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of work a post-function or the issue-event listener does, each owning what it does, so a retry of
 * failed work does exactly what the first run did: the post-function, the listener and the nightly retry all call
 * {@link #run}. Each step is one service call ({@link Steps}). Only <em>Record callback outcome</em> needs more than
 * its issue: the attempt (time, agent, outcome, rating, note) as the agent entered it, captured when it first ran
 * and kept with the failed work, so a retry logs what the agent said, not what the fields say days later.
 *
 * <p>The {@link #code() codes} are what the failed-work table stores; they never change.
 */
public enum WorkKind {
    /** Post-function "Assign customer tier". */
    ASSIGN_CUSTOMER_TIER("assign-customer-tier", true) {
        @Override
        void steps(Steps steps, Issue issue, ApplicationUser user, CallbackAttempt attempt) {
            steps.assignTier(mutable(issue));
        }
    },
    /** Post-function "Score satisfaction". */
    SCORE_SATISFACTION("score-satisfaction", true) {
        @Override
        void steps(Steps steps, Issue issue, ApplicationUser user, CallbackAttempt attempt) {
            steps.scoreSatisfaction(mutable(issue));
        }
    },
    /** Post-function "Schedule complaint callback". */
    SCHEDULE_COMPLAINT_CALLBACK("schedule-complaint-callback", true) {
        @Override
        void steps(Steps steps, Issue issue, ApplicationUser user, CallbackAttempt attempt) {
            steps.scheduleCallback(mutable(issue), user); // the transition's user resolved it
        }
    },
    /** Post-function "Record callback outcome": logs the attempt, then updates the callback's status and due time. */
    RECORD_CALLBACK_OUTCOME("record-callback-outcome", true) {
        @Override
        void steps(Steps steps, Issue issue, ApplicationUser user, CallbackAttempt attempt) {
            if (attempt == null) {
                throw new IllegalStateException("no callback attempt was captured for this work");
            }
            steps.logCallbackAttempt(issue, attempt);
            steps.scheduleCallback(mutable(issue), null); // the owner stays who it was
        }

        @Override
        public boolean needsAttempt() {
            return true;
        }
    },
    /** Post-function "Assess churn risk". */
    ASSESS_CHURN_RISK("assess-churn-risk", true) {
        @Override
        void steps(Steps steps, Issue issue, ApplicationUser user, CallbackAttempt attempt) {
            steps.assessChurnRisk(mutable(issue));
        }
    },
    /**
     * The listener on an event of a resolved ticket: a new CSAT rating re-scores the ticket, re-assesses its customer
     * and is recorded as scored (stored by the service itself); without a new rating the ticket's record is refreshed.
     */
    LATE_RATING("late-rating", false) {
        @Override
        void steps(Steps steps, Issue issue, ApplicationUser user, CallbackAttempt attempt) {
            if (!steps.rescoreLateRating(issue, user)) {
                steps.refreshRecord(issue);
            }
        }
    },
    /** The listener on any other event: the ticket's record is rewritten (the app's own table only). */
    REFRESH_RECORD("refresh-record", false) {
        @Override
        void steps(Steps steps, Issue issue, ApplicationUser user, CallbackAttempt attempt) {
            steps.refreshRecord(issue);
        }
    };

    /**
     * How many times a piece of work is run in all (the first run and four retries, one a night) before it is kept as
     * dead: no longer retried, shown on the admin page and by {@code GET /rest/retention/1.0/work} until an
     * administrator retries it.
     */
    public static final int MAX_ATTEMPTS = 5;

    private final String code;
    private final boolean writesIssueFields;

    WorkKind(String code, boolean writesIssueFields) {
        this.code = code;
        this.writesIssueFields = writesIssueFields;
    }

    /** The one service call each step is; the app's implementation delegates to its services. */
    public interface Steps {
        void assignTier(MutableIssue issue);

        void scoreSatisfaction(MutableIssue issue);

        /** @param resolver who resolved the complaint, {@code null} to keep the callback's owner */
        void scheduleCallback(MutableIssue issue, ApplicationUser resolver);

        /** Logs the attempt on the issue (by its id); an attempt already logged (same issue and time) is not logged again. */
        void logCallbackAttempt(Issue issue, CallbackAttempt attempt);

        void assessChurnRisk(MutableIssue issue);

        /** @return whether a new rating was scored (and the issue stored) */
        boolean rescoreLateRating(Issue issue, ApplicationUser user);

        /** @return whether the ticket's record was rewritten */
        boolean refreshRecord(Issue issue);
    }

    /**
     * Does this kind's work on the issue: the same steps on the first run and on every retry.
     *
     * @param user    who caused it (the transitioning agent, the event's user), {@code null} on a retry
     * @param attempt the captured callback attempt ({@link #needsAttempt()}), else {@code null}
     */
    public void run(Steps steps, Issue issue, ApplicationUser user, CallbackAttempt attempt) {
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(issue, "issue");
        steps(steps, issue, user, attempt);
    }

    abstract void steps(Steps steps, Issue issue, ApplicationUser user, CallbackAttempt attempt);

    /** The stored code, e.g. {@code score-satisfaction}. */
    public String code() {
        return code;
    }

    /**
     * Whether the work sets the issue's fields in hand without storing them: in a transition Jira stores the issue
     * afterwards, so a retry stores it itself (without an event or mail).
     */
    public boolean writesIssueFields() {
        return writesIssueFields;
    }

    /** Whether the work needs the callback attempt captured on its first run. */
    public boolean needsAttempt() {
        return false;
    }

    /** The kind stored under this code, if any. */
    public static Optional<WorkKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    private static MutableIssue mutable(Issue issue) {
        if (issue instanceof MutableIssue m) {
            return m;
        }
        throw new IllegalArgumentException("issue: expected a MutableIssue for work that writes fields");
    }
}

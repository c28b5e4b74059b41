package io.retentiondesk.core.callback;

import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.tier.Tier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Follows a complaint's callback through its attempts (SPEC §4, §11). Due from the final resolution:
 * SATISFIED → DONE; STILL_DISSATISFIED → FAILED; UNREACHABLE → retry due later, and after the last allowed
 * attempt UNREACHABLE; PENDING strictly past due → OVERDUE. Attempts logged before the final resolution
 * belong to an earlier round of a re-opened complaint: they stay in the history but do not set the status.
 */
public final class CallbackTracker {
    private final CallbackPolicy policy;

    public CallbackTracker(CallbackPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    public boolean isComplaint(Ticket ticket) {
        return policy.complaints().matches(ticket);
    }

    public Instant dueAfterResolution(Instant resolvedAt, Tier tier) {
        return resolvedAt.plus(hours(policy.delayHours().get(tier)));
    }

    /**
     * @param resolvedAt the complaint's final resolution as of asOf, {@code null} when unresolved
     * @param attempts   the complaint's logged attempts in any order (later ones are ignored)
     */
    public Callback track(Ticket complaint, Instant resolvedAt, Tier tier, List<CallbackAttempt> attempts,
                          Instant asOf) {
        List<CallbackAttempt> history = new ArrayList<>();
        for (CallbackAttempt a : attempts) {
            if (!a.attemptedAt().isAfter(asOf)) {
                history.add(a);
            }
        }
        history.sort(Comparator.comparing(CallbackAttempt::attemptedAt));
        ComplaintCategory category = ComplaintCategory.fromLabels(complaint.labels());
        if (resolvedAt == null) {
            return new Callback(null, null, history, category);
        }
        Instant due = dueAfterResolution(resolvedAt, tier);
        CallbackStatus status = CallbackStatus.PENDING;
        int unreachable = 0;
        for (CallbackAttempt a : history) {
            if (a.attemptedAt().isBefore(resolvedAt)) {
                continue;
            }
            if (a.outcome() == CallbackOutcome.SATISFIED) {
                status = CallbackStatus.DONE;
                break;
            }
            if (a.outcome() == CallbackOutcome.STILL_DISSATISFIED) {
                status = CallbackStatus.FAILED;
                break;
            }
            unreachable++;
            if (unreachable >= policy.maxAttempts()) {
                status = CallbackStatus.UNREACHABLE;
                break;
            }
            due = a.attemptedAt().plus(hours(policy.retryHours()));
        }
        return new Callback(overdue(status, due, asOf), due, history, category);
    }

    /**
     * A callback known only from the app's own Callback status / due fields in an export. An unknown status
     * name gives {@link CallbackStatus#UNKNOWN}.
     */
    public Callback fromRecorded(Ticket complaint, Ticket.RecordedCallback recorded, Instant resolvedAt,
                                 Tier tier, Instant asOf) {
        ComplaintCategory category = ComplaintCategory.fromLabels(complaint.labels());
        if (resolvedAt == null) {
            return new Callback(null, null, List.of(), category);
        }
        CallbackStatus status;
        try {
            status = recorded.status() == null ? CallbackStatus.UNKNOWN
                    : CallbackStatus.valueOf(recorded.status().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            status = CallbackStatus.UNKNOWN;
        }
        Instant due = recorded.due() != null ? recorded.due() : dueAfterResolution(resolvedAt, tier);
        return new Callback(overdue(status, due, asOf), due, List.of(), category);
    }

    /** An export with neither callback fields nor a callbacks file cannot say whether anyone called back. */
    public Callback unknown(Ticket complaint, Instant resolvedAt, Tier tier) {
        ComplaintCategory category = ComplaintCategory.fromLabels(complaint.labels());
        if (resolvedAt == null) {
            return new Callback(null, null, List.of(), category);
        }
        return new Callback(CallbackStatus.UNKNOWN, dueAfterResolution(resolvedAt, tier), List.of(), category);
    }

    private static CallbackStatus overdue(CallbackStatus status, Instant due, Instant asOf) {
        return status == CallbackStatus.PENDING && asOf.isAfter(due) ? CallbackStatus.OVERDUE : status;
    }

    private static Duration hours(double h) {
        return Duration.ofMillis(Math.round(h * 3_600_000d));
    }
}

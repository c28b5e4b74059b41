package io.retentiondesk.core.callback;

import java.time.Instant;
import java.util.Objects;

/**
 * One logged callback attempt.
 *
 * @param ticketKey   the complaint
 * @param attemptedAt when the agent called
 * @param who         who called, {@code null} when not recorded
 * @param outcome     what the call found
 * @param rating      the customer's 1–5 rating of the complaint handling, {@code null} when not given
 * @param note        the agent's note ("" when none)
 */
public record CallbackAttempt(String ticketKey, Instant attemptedAt, String who, CallbackOutcome outcome,
                              Integer rating, String note) {
    public CallbackAttempt {
        Objects.requireNonNull(ticketKey, "ticket");
        Objects.requireNonNull(attemptedAt, "attempted_at");
        Objects.requireNonNull(outcome, "outcome");
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new IllegalArgumentException("rating: expected 1 to 5, got " + rating);
        }
        note = note == null ? "" : note;
    }
}

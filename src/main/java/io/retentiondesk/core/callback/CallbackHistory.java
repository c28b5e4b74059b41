package io.retentiondesk.core.callback;

import java.util.List;

/**
 * A complaint's logged callback attempts, or the fact that no callback log is kept (an old export without one):
 * said explicitly, never by {@code null}. Without a log the exported Callback fields are used, else the status is
 * UNKNOWN. Immutable.
 *
 * @param kept     whether a callback log exists for the ticket's source
 * @param attempts the logged attempts; empty when none were logged or no log is kept
 */
public record CallbackHistory(boolean kept, List<CallbackAttempt> attempts) {
    /** No callback log exists (an export without a callbacks file). */
    public static final CallbackHistory NOT_KEPT = new CallbackHistory(false, List.of());

    public CallbackHistory {
        attempts = List.copyOf(attempts);
        if (!kept && !attempts.isEmpty()) {
            throw new IllegalArgumentException("attempts: expected none when no callback log is kept");
        }
    }

    /** The attempts a callback log holds for the ticket (possibly none). */
    public static CallbackHistory of(List<CallbackAttempt> attempts) {
        return new CallbackHistory(true, attempts);
    }
}

package io.retentiondesk.core.callback;

import java.time.Instant;
import java.util.List;

/**
 * The callback of one complaint as of a time.
 *
 * @param status   its state; {@code null} while the complaint is unresolved (nothing is scheduled yet)
 * @param due      when the next call is due; {@code null} while unresolved
 * @param attempts attempts logged up to asOf, oldest first, across every resolution of the complaint
 * @param category the complaint's category, for the remedy shown to the agent
 */
public record Callback(CallbackStatus status, Instant due, List<CallbackAttempt> attempts,
                       ComplaintCategory category) {
    public Callback {
        attempts = List.copyOf(attempts);
    }
}

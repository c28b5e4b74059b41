package io.retentiondesk.core.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * One comment on a ticket.
 *
 * @param author  who wrote it; {@code null} for an anonymous comment (counted as customer side)
 * @param created when it was written
 * @param body    its text, never {@code null}
 */
public record Comment(Person author, Instant created, String body) {
    public Comment {
        Objects.requireNonNull(created, "created");
        body = body == null ? "" : body;
    }
}

package io.retentiondesk.core.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of the assignee or the resolution, from the change history.
 *
 * @param at    when it happened
 * @param field which field changed
 * @param from  the old value's identity (user id or resolution name), {@code null} when it was empty
 * @param to    the new value, {@code null} when it became empty
 */
public record FieldChange(Instant at, Field field, String from, String to) {
    public enum Field { ASSIGNEE, RESOLUTION }

    public FieldChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
        from = blankToNull(from);
        to = blankToNull(to);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

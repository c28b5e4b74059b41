package io.retentiondesk.input;

import java.util.Objects;

/**
 * A value-file cell that was read differently from its text without skipping its row (SPEC §11: a churn type
 * that names no type is kept as {@code OTHER}). Callers word it in the reader's language. Immutable.
 *
 * @param line  where the row was read (as {@link ValueRow#line()})
 * @param field the column, {@code churn_type}
 * @param text  the cell as written, cut to 60 characters
 */
public record ValueNotice(int line, String field, String text) {
    public ValueNotice {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
    }
}

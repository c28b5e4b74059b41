package io.retentiondesk.input;

import java.util.Objects;

/**
 * Something wrong with one line of a value file. Immutable.
 *
 * @param line    the line (CSV: where the record starts, header = line 1; JSON: the object's position plus one)
 * @param field   the column at fault ({@code header} for the header line), {@code null} when the line as a whole is
 *                unreadable (a broken CSV quote, malformed JSON)
 * @param message what was expected and what was found
 */
public record ValueProblem(int line, String field, String message) {
    public ValueProblem {
        Objects.requireNonNull(message, "message");
    }

    /** {@code field: message}, or the message alone when no one field is at fault. */
    public String text() {
        return field == null ? message : field + ": " + message;
    }
}

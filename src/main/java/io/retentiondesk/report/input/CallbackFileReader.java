package io.retentiondesk.report.input;

import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;

import io.retentiondesk.input.BadRecordException;
import io.retentiondesk.input.JiraDates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the callbacks file: {@code ticket,attempted_at,outcome,rating,note}, one attempt per row. */
public final class CallbackFileReader {

    /** @return attempts by upper-case issue key */
    public Map<String, List<CallbackAttempt>> read(Path file, Consumer<Skipped> skipped) throws IOException {
        Map<String, List<CallbackAttempt>> out = new HashMap<>();
        CsvTable.read(file, List.of("ticket", "attempted_at", "outcome"), "ticket,attempted_at,outcome,rating,note",
                skipped, row -> {
                    CallbackAttempt a = attempt(row);
                    out.computeIfAbsent(a.ticketKey(), k -> new ArrayList<>()).add(a);
                });
        return out;
    }

    private static CallbackAttempt attempt(CsvTable.Row row) throws BadRecordException {
        String ticket = row.get("ticket");
        if (ticket == null) {
            throw new BadRecordException("ticket: expected an issue key, got nothing");
        }
        String at = row.get("attempted_at");
        if (at == null) {
            throw new BadRecordException("attempted_at: expected a date, got nothing");
        }
        String rawOutcome = row.get("outcome");
        CallbackOutcome outcome;
        try {
            outcome = CallbackOutcome.valueOf(String.valueOf(rawOutcome).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRecordException("outcome: expected SATISFIED, STILL_DISSATISFIED or UNREACHABLE, got \""
                    + rawOutcome + "\"");
        }
        Integer rating = null;
        String rawRating = row.get("rating");
        if (rawRating != null) {
            try {
                rating = Integer.parseInt(rawRating);
            } catch (NumberFormatException e) {
                rating = 0;
            }
            if (rating < 1 || rating > 5) {
                throw new BadRecordException("rating: expected a rating 1 to 5, got \"" + rawRating + "\"");
            }
        }
        return new CallbackAttempt(ticket.toUpperCase(Locale.ROOT), JiraDates.parse(at, "attempted_at"), null, outcome,
                rating, row.get("note"));
    }
}

package io.retentiondesk.report.input;

import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the callbacks file: {@code ticket,attempted_at,outcome,rating,note}, one attempt per row. */
public final class CallbackFileReader {

    /** @return attempts by upper-case issue key */
    public Map<String, List<CallbackAttempt>> read(Path file, Consumer<Skipped> skipped) throws IOException {
        String fileName = file.getFileName().toString();
        Map<String, List<CallbackAttempt>> out = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, Integer> h = ValueFileReader.lower(parser.getHeaderMap());
            for (String column : List.of("ticket", "attempted_at", "outcome")) {
                if (!h.containsKey(column)) {
                    skipped.accept(new Skipped(fileName + ":1",
                            "header: expected the columns ticket,attempted_at,outcome,rating,note, missing " + column));
                    return out;
                }
            }
            Iterator<CSVRecord> it = parser.iterator();
            long startLine = parser.getCurrentLineNumber() + 1;
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    skipped.accept(new Skipped(fileName + ":" + startLine, "malformed CSV ("
                            + JiraDates.shorten(String.valueOf(e.getMessage())) + "); the rest of the file was not read"));
                    break;
                }
                String position = fileName + ":" + startLine;
                startLine = parser.getCurrentLineNumber() + 1;
                try {
                    CallbackAttempt a = attempt(r, h);
                    out.computeIfAbsent(a.ticketKey(), k -> new ArrayList<>()).add(a);
                } catch (BadRecordException | IllegalArgumentException e) {
                    skipped.accept(new Skipped(position, e.getMessage()));
                }
            }
        }
        return out;
    }

    private static CallbackAttempt attempt(CSVRecord r, Map<String, Integer> h) throws BadRecordException {
        String ticket = get(r, h, "ticket");
        if (ticket == null) {
            throw new BadRecordException("ticket: expected an issue key, got nothing");
        }
        String at = get(r, h, "attempted_at");
        if (at == null) {
            throw new BadRecordException("attempted_at: expected a date, got nothing");
        }
        String rawOutcome = get(r, h, "outcome");
        CallbackOutcome outcome;
        try {
            outcome = CallbackOutcome.valueOf(String.valueOf(rawOutcome).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRecordException("outcome: expected SATISFIED, STILL_DISSATISFIED or UNREACHABLE, got \""
                    + rawOutcome + "\"");
        }
        Integer rating = null;
        String rawRating = get(r, h, "rating");
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
                rating, get(r, h, "note"));
    }

    private static String get(CSVRecord r, Map<String, Integer> h, String column) {
        Integer i = h.get(column);
        if (i == null || i >= r.size()) {
            return null;
        }
        String v = r.get(i);
        return v == null || v.isBlank() ? null : v.trim();
    }
}

package io.retentiondesk.report.input;

import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.TicketBuilder;
import io.retentiondesk.input.BadRecordException;
import io.retentiondesk.input.JiraDates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the issue navigator's CSV export ("Export → CSV (all fields)"). Headers are matched in English and
 * Spanish, as the export is localised to the exporting user; repeated columns (labels, components, comments)
 * are all read. Comments are {@code date;author;body}. The CSV has no change history, so re-opens and hand-offs
 * cannot be seen in it.
 */
public final class NavigatorCsvReader {
    private static final Map<String, String> HEADERS = headers();

    public void read(Path file, TicketSink sink) throws IOException {
        String fileName = file.getFileName().toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setAllowMissingColumnNames(true).build();
        try (Reader in = TextFiles.open(file);
             CSVParser parser = CSVParser.parse(in, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!hasNext(records, fileName, 1, sink)) {
                return;
            }
            Map<String, List<Integer>> columns = columns(records.next());
            if (!columns.containsKey("key") || !columns.containsKey("created")) {
                sink.skipped(new Skipped(fileName + ":1", "header: expected the columns Issue key and Created "
                        + "(or their Spanish names Clave de incidencia and Creada)"));
                return;
            }
            long startLine = parser.getCurrentLineNumber() + 1;
            while (hasNext(records, fileName, startLine, sink)) {
                CSVRecord r = records.next();
                String position = fileName + ":" + startLine;
                // a quoted comment may span lines: the next record starts after this one's last line
                startLine = parser.getCurrentLineNumber() + 1;
                try {
                    TicketBuilder t = ticket(r, columns);
                    sink.ticket(position, TicketChecks.inOrder(t.build(), "Resolved", "SLA"));
                } catch (BadRecordException | IllegalArgumentException e) {
                    sink.skipped(new Skipped(position, e.getMessage()));
                }
            }
        }
    }

    /** Reading the next record may fail on a broken quote: reported at the line that record starts on. */
    private static boolean hasNext(Iterator<CSVRecord> records, String fileName, long startLine, TicketSink sink)
            throws UnreadableFileException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            UnreadableFileException unreadable = RestExportReader.unreadable(e);
            if (unreadable != null) {
                throw unreadable;
            }
            sink.skipped(new Skipped(fileName + ":" + startLine,
                    "malformed CSV (" + io.retentiondesk.core.policy.ParserMessages.plain(e)
                            + "); the rest of the file was not read"));
            return false;
        }
    }

    private static TicketBuilder ticket(CSVRecord r, Map<String, List<Integer>> c) throws BadRecordException {
        String key = value(r, c, "key");
        if (key == null) {
            throw new BadRecordException("Issue key: expected an issue key, got nothing");
        }
        String created = value(r, c, "created");
        if (created == null) {
            throw new BadRecordException("Created: expected a date, got nothing");
        }
        TicketBuilder t = new TicketBuilder(key, JiraDates.parse(created, "Created"));
        t.summary(value(r, c, "summary"));
        t.description(value(r, c, "description"));
        t.issueType(value(r, c, "issuetype"));
        t.priority(value(r, c, "priority"));
        String reporter = value(r, c, "reporter");
        String reporterId = value(r, c, "reporterId");
        if (reporter != null || reporterId != null) {
            t.reporter(new Person(reporter, null, reporterId, reporter != null && reporter.contains("@") ? reporter : null,
                    reporter));
        }
        Instant resolved = JiraDates.parseOptional(value(r, c, "resolved"), "Resolved");
        String resolution = value(r, c, "resolution");
        if (resolved != null) {
            t.resolution(resolution, resolved);
        }
        values(r, c, "labels").forEach(t::label);
        values(r, c, "components").forEach(t::component);
        values(r, c, "organizations").forEach(t::organization);
        t.requestType(value(r, c, "requestType"));
        for (String p : values(r, c, "participants")) {
            for (String one : p.split(",")) {
                if (!one.isBlank()) {
                    t.participant(Person.named(one.trim()));
                }
            }
        }
        String rating = value(r, c, "satisfaction");
        if (rating != null) {
            t.rating(rating(rating), JiraDates.parseOptional(value(r, c, "satisfactionDate"), "Satisfaction date"));
        }
        List<String> comments = values(r, c, "comment");
        for (int i = 0; i < comments.size(); i++) {
            comment(comments.get(i), i, t);
        }
        String status = value(r, c, "callbackStatus");
        if (status != null) {
            t.appCallback(status, JiraDates.parseOptional(value(r, c, "callbackDue"), "Callback due"));
        }
        return t;
    }

    private static Integer rating(String raw) throws BadRecordException {
        try {
            int v = Integer.parseInt(raw.trim());
            if (v >= 1 && v <= 5) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRecordException("Satisfaction rating: expected a rating 1 to 5, got \"" + raw + "\"");
    }

    /** {@code date;author;body}; the body may itself contain semicolons. */
    private static void comment(String raw, int index, TicketBuilder t) throws BadRecordException {
        String[] parts = raw.split(";", 3);
        if (parts.length < 3) {
            throw new BadRecordException("Comment " + (index + 1) + ": expected date;author;body, got \""
                    + JiraDates.shorten(raw) + "\"");
        }
        Instant at = JiraDates.parse(parts[0], "Comment " + (index + 1) + " date");
        String author = parts[1].trim();
        t.comment(author.isEmpty() ? null : new Person(null, null, author, null, author), at, parts[2]);
    }

    private static String value(CSVRecord r, Map<String, List<Integer>> c, String field) {
        List<String> all = values(r, c, field);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> values(CSVRecord r, Map<String, List<Integer>> c, String field) {
        List<String> out = new ArrayList<>();
        for (int i : c.getOrDefault(field, List.of())) {
            if (i < r.size() && !r.get(i).isBlank()) {
                out.add(r.get(i).trim());
            }
        }
        return out;
    }

    private static Map<String, List<Integer>> columns(CSVRecord header) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = HEADERS.get(normalise(header.get(i)));
            if (field != null) {
                out.computeIfAbsent(field, k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    private static String normalise(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"custom field (", "campo personalizado ("}) {
            if (h.startsWith(prefix) && h.endsWith(")")) {
                return h.substring(prefix.length(), h.length() - 1).trim();
            }
        }
        return h;
    }

    private static Map<String, String> headers() {
        Map<String, String> m = new HashMap<>();
        put(m, "key", "issue key", "clave de incidencia");
        put(m, "summary", "summary", "resumen");
        put(m, "description", "description", "descripción");
        put(m, "issuetype", "issue type", "tipo de incidencia");
        put(m, "priority", "priority", "prioridad");
        put(m, "reporter", "reporter", "informador");
        put(m, "reporterId", "reporter id", "id del informador");
        put(m, "created", "created", "creada");
        put(m, "resolved", "resolved", "resuelta");
        put(m, "resolution", "resolution", "resolución");
        put(m, "labels", "labels", "etiquetas");
        put(m, "components", "component/s", "componente/s", "componentes");
        put(m, "comment", "comment", "comentario");
        put(m, "organizations", "organizations", "organizaciones");
        put(m, "requestType", "customer request type", "request type", "tipo de solicitud de cliente");
        put(m, "participants", "request participants", "participantes de la solicitud");
        put(m, "satisfaction", "satisfaction", "satisfaction rating", "calificación de satisfacción");
        put(m, "satisfactionDate", "satisfaction date", "fecha de satisfacción");
        put(m, "callbackStatus", "callback status");
        put(m, "callbackDue", "callback due");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String field, String... names) {
        for (String n : names) {
            m.put(n, field);
        }
    }
}

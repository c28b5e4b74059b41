package io.retentiondesk.report.input;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.retentiondesk.core.policy.ExportField;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Jira REST JSON files: search pages ({@code {"issues": [...], "names", "schema"}}), single issues
 * ({@code /rest/api/2/issue/KEY}) and webhook payloads ({@code {"issue": {...}}}). Jira writes {@code names}
 * and {@code schema} after the issues, so one page is held while it is read (a REST page holds at most a few
 * hundred issues); memory does not grow with the number of pages. A file without names reuses the last ones
 * seen, as pages of one export share them.
 */
public final class RestExportReader {
    private final Map<ExportField, String> policyFields;
    private Map<String, String> lastNames = Map.of();
    private Map<String, String> lastSchema = Map.of();

    public RestExportReader(Map<ExportField, String> policyFields) {
        this.policyFields = Map.copyOf(policyFields);
    }

    /**
     * Reads one file. A malformed document is reported at the record where it broke; records before it are
     * kept, the rest of that file cannot be read and is reported as such.
     *
     * @throws IOException when the file cannot be opened or read at all
     */
    public void read(Path file, TicketSink sink) throws IOException {
        String fileName = file.getFileName().toString();
        List<JsonObject> issues = new ArrayList<>();
        JsonObject rest = new JsonObject();
        Map<String, String> names = new HashMap<>();
        Map<String, String> schema = new HashMap<>();
        boolean page = false;
        try (Reader in = TextFiles.open(file);
             JsonReader reader = new JsonReader(in)) {
            reader.setStrictness(Strictness.LEGACY_STRICT);
            try {
                if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                    sink.skipped(new Skipped(fileName + "#1", "file: expected a JSON object (a search page or an issue), got "
                            + reader.peek()));
                    return;
                }
                reader.beginObject();
                while (reader.hasNext()) {
                    String member = reader.nextName();
                    switch (member) {
                        case "issues" -> {
                            page = true;
                            readIssues(reader, issues, fileName, sink);
                        }
                        case "names" -> readNames(reader, names);
                        case "schema" -> readSchema(reader, schema);
                        default -> rest.add(member, JsonParser.parseReader(reader));
                    }
                }
                reader.endObject();
            } catch (JsonParseException | IOException | IllegalStateException e) {
                UnreadableFileException unreadable = unreadable(e);
                if (unreadable != null) {
                    throw unreadable;
                }
                if (e instanceof IOException && !(e instanceof com.google.gson.stream.MalformedJsonException)
                        && !(e instanceof java.io.EOFException)) {
                    throw (IOException) e;
                }
                sink.skipped(new Skipped(fileName + "#" + (issues.size() + 1),
                        "malformed JSON (" + rootMessage(e) + "); the rest of the file was not read"));
            }
        }
        if (issues.isEmpty()) {
            JsonObject single = rest.has("fields") ? rest : IssueMapper.object(rest.get("issue"));
            if (single != null) {
                issues.add(single);
                readNames(single, names, schema);
            }
        }
        if (!names.isEmpty() || !schema.isEmpty()) {
            lastNames = names;
            lastSchema = schema;
        } else if (page && !issues.isEmpty()) {
            // Jira writes names and schema after the issues: a page cut short loses them
            sink.notice(lastNames.isEmpty() && lastSchema.isEmpty() ? "retention.cli.namesMissing"
                    : "retention.cli.namesReused", fileName);
        }
        FieldLocator fields = new FieldLocator(lastNames, lastSchema, policyFields);
        for (int i = 0; i < issues.size(); i++) {
            String position = fileName + "#" + (i + 1);
            try {
                sink.ticket(position, IssueMapper.map(issues.get(i), fields));
            } catch (BadRecordException e) {
                sink.skipped(new Skipped(position, e.getMessage()));
            }
        }
    }

    private static void readIssues(JsonReader reader, List<JsonObject> issues, String fileName, TicketSink sink)
            throws IOException {
        reader.beginArray();
        while (reader.hasNext()) {
            JsonElement e = JsonParser.parseReader(reader);
            if (e.isJsonObject()) {
                issues.add(e.getAsJsonObject());
            } else {
                // keep positions aligned with the array: a placeholder that the mapper rejects
                JsonObject bad = new JsonObject();
                bad.add("key", e);
                issues.add(bad);
            }
        }
        reader.endArray();
    }

    private static void readNames(JsonReader reader, Map<String, String> names) {
        JsonElement e = JsonParser.parseReader(reader);
        if (e.isJsonObject()) {
            e.getAsJsonObject().entrySet().forEach(en -> names.put(en.getKey(), IssueMapper.plain(en.getValue())));
        }
    }

    private static void readSchema(JsonReader reader, Map<String, String> schema) {
        JsonElement e = JsonParser.parseReader(reader);
        if (e.isJsonObject()) {
            e.getAsJsonObject().entrySet().forEach(en -> {
                JsonObject s = IssueMapper.object(en.getValue());
                String custom = s == null ? null : IssueMapper.plain(s.get("custom"));
                if (custom != null) {
                    schema.put(en.getKey(), custom);
                }
            });
        }
    }

    /** A single issue carries its own names and schema. */
    private static void readNames(JsonObject issue, Map<String, String> names, Map<String, String> schema) {
        JsonObject n = IssueMapper.object(issue.get("names"));
        if (n != null) {
            n.entrySet().forEach(en -> names.put(en.getKey(), IssueMapper.plain(en.getValue())));
        }
        JsonObject s = IssueMapper.object(issue.get("schema"));
        if (s != null) {
            s.entrySet().forEach(en -> {
                JsonObject type = IssueMapper.object(en.getValue());
                String custom = type == null ? null : IssueMapper.plain(type.get("custom"));
                if (custom != null) {
                    schema.put(en.getKey(), custom);
                }
            });
        }
    }

    /** Gson wraps a read failure; a file that is not UTF-8 is refused whole, not skipped from here on. */
    static UnreadableFileException unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnreadableFileException u) {
                return u;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return JiraDates.shorten(String.valueOf(t.getMessage()));
    }
}

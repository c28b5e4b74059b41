package io.retentiondesk.report.input;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.retentiondesk.core.policy.ExportField;

import io.retentiondesk.input.BadRecordException;
import io.retentiondesk.input.JiraDates;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads Jira REST JSON files: search pages ({@code {"issues": [...], "names", "schema"}}), single issues
 * ({@code /rest/api/2/issue/KEY}) and webhook payloads ({@code {"issue": {...}}}). Jira writes {@code names}
 * and {@code schema} after the issues, so a page is read twice: a skimming read finds them, then the issues are
 * streamed and each is handed on as soon as it is read; memory holds one issue, not the page (a 64 MB page of
 * 20,000 issues reads within a 512 MB heap). A file without names reuses the last ones seen, as pages of one
 * export share them, and says so in a notice.
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
        // Jira writes names and schema after the issues: find them first, skipping the issues unparsed, so that
        // each issue can then be mapped as soon as it is read (a 64 MB page is never held whole)
        Header header = header(file);
        if (!header.names().isEmpty() || !header.schema().isEmpty()) {
            lastNames = header.names();
            lastSchema = header.schema();
        } else if (header.issues() > 0) {
            // a page cut short (or exported without expand=names,schema) would lose its JSM fields unseen
            sink.notice(lastNames.isEmpty() && lastSchema.isEmpty() ? "retention.cli.namesMissing"
                    : "retention.cli.namesReused", fileName);
        }
        FieldLocator fields = new FieldLocator(lastNames, lastSchema, policyFields);
        JsonObject rest = new JsonObject();
        int read = 0;
        boolean inSink = false;
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
                            reader.beginArray();
                            while (reader.hasNext()) {
                                JsonObject issue = issue(JsonParser.parseReader(reader));
                                read++;
                                inSink = true;
                                emit(fileName + "#" + read, issue, fields, sink);
                                inSink = false;
                            }
                            reader.endArray();
                        }
                        case "names", "schema" -> reader.skipValue();
                        default -> rest.add(member, JsonParser.parseReader(reader));
                    }
                }
                reader.endObject();
            } catch (JsonParseException | IOException | IllegalStateException e) {
                UnreadableFileException unreadable = unreadable(e);
                if (unreadable != null) {
                    throw unreadable;
                }
                if (inSink || e instanceof IOException && !(e instanceof com.google.gson.stream.MalformedJsonException)
                        && !(e instanceof java.io.EOFException)) {
                    throw e;
                }
                sink.skipped(new Skipped(fileName + "#" + (read + 1),
                        "malformed JSON (" + rootMessage(e) + "); the rest of the file was not read"));
            }
        }
        if (read == 0) {
            JsonObject single = rest.has("fields") ? rest : IssueMapper.object(rest.get("issue"));
            if (single != null) {
                Map<String, String> names = new HashMap<>();
                Map<String, String> schema = new HashMap<>();
                readNames(single, names, schema);
                if (!names.isEmpty() || !schema.isEmpty()) {
                    lastNames = names;
                    lastSchema = schema;
                }
                emit(fileName + "#1", single, new FieldLocator(lastNames, lastSchema, policyFields), sink);
            }
        }
    }

    private static void emit(String position, JsonObject issue, FieldLocator fields, TicketSink sink) {
        try {
            sink.ticket(position, IssueMapper.map(issue, fields));
        } catch (BadRecordException e) {
            sink.skipped(new Skipped(position, e.getMessage()));
        }
    }

    /** Keeps positions aligned with the array: an element that is not an object becomes one the mapper rejects. */
    private static JsonObject issue(JsonElement e) {
        if (e.isJsonObject()) {
            return e.getAsJsonObject();
        }
        JsonObject bad = new JsonObject();
        bad.add("key", e);
        return bad;
    }

    /** What a first, skimming read finds: the names and schema, and how many issues there are. */
    private record Header(Map<String, String> names, Map<String, String> schema, int issues) {
    }

    private static Header header(Path file) throws IOException {
        Map<String, String> names = new HashMap<>();
        Map<String, String> schema = new HashMap<>();
        int issues = 0;
        try (Reader in = TextFiles.open(file);
             JsonReader reader = new JsonReader(in)) {
            reader.setStrictness(Strictness.LEGACY_STRICT);
            try {
                if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                    return new Header(names, schema, 0);
                }
                reader.beginObject();
                while (reader.hasNext()) {
                    switch (reader.nextName()) {
                        case "issues" -> {
                            reader.beginArray();
                            while (reader.hasNext()) {
                                reader.skipValue();
                                issues++;
                            }
                            reader.endArray();
                        }
                        case "names" -> readNames(reader, names);
                        case "schema" -> readSchema(reader, schema);
                        default -> reader.skipValue();
                    }
                }
            } catch (JsonParseException | IOException | IllegalStateException e) {
                UnreadableFileException unreadable = unreadable(e);
                if (unreadable != null) {
                    throw unreadable;
                }
                // a malformed file is reported by the second read, at the record where it breaks
            }
        }
        return new Header(names, schema, issues);
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
        // Gson puts its "See https://..." hint on a line of its own: a skipped reason stays one line
        return io.retentiondesk.core.policy.ParserMessages.plain(e).replaceAll("\\s+", " ");
    }
}

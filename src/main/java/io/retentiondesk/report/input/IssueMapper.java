package io.retentiondesk.report.input;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.retentiondesk.core.policy.ExportField;
import io.retentiondesk.core.ticket.FieldChange;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.SlaCycle;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.ticket.TicketBuilder;

import io.retentiondesk.input.BadRecordException;
import io.retentiondesk.input.JiraDates;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Turns one issue of a Jira REST response ({@code expand=changelog,names,schema}) into a {@link Ticket}.
 * A bad part (a bad date, a rating of 7, a missing key or creation date) rejects the whole record with a
 * message naming the field.
 */
final class IssueMapper {
    private IssueMapper() {
    }

    static Ticket map(JsonObject issue, FieldLocator fields) throws BadRecordException {
        try {
            return TicketChecks.inOrder(mapUnchecked(issue, fields), "fields.resolutiondate", "SLA stopTime");
        } catch (TooDeep e) {
            throw new BadRecordException(e.getMessage());
        }
    }

    private static Ticket mapUnchecked(JsonObject issue, FieldLocator fields) throws BadRecordException {
        String key = text(issue.get("key"));
        if (key == null || key.isBlank()) {
            throw new BadRecordException("key: expected an issue key, got " + describe(issue.get("key")));
        }
        JsonObject f = object(issue.get("fields"));
        if (f == null) {
            throw new BadRecordException("fields: expected an object with the issue's fields, got "
                    + describe(issue.get("fields")));
        }
        String createdText = text(f.get("created"));
        if (createdText == null) {
            throw new BadRecordException("fields.created: expected a date, got " + describe(f.get("created")));
        }
        TicketBuilder t = new TicketBuilder(key, JiraDates.parse(createdText, "fields.created"));
        t.summary(text(f.get("summary")));
        t.description(text(f.get("description")));
        t.issueType(name(f.get("issuetype")));
        t.priority(name(f.get("priority")));
        t.reporter(person(f.get("reporter")));
        for (JsonElement l : array(f.get("labels"))) {
            String label = text(l);
            if (label != null) {
                t.label(label);
            }
        }
        for (JsonElement c : array(f.get("components"))) {
            String component = name(c);
            if (component != null) {
                t.component(component);
            }
        }
        Instant resolved = JiraDates.parseOptional(text(f.get("resolutiondate")), "fields.resolutiondate");
        String resolution = name(f.get("resolution"));
        if (resolved != null || resolution != null) {
            t.resolution(resolution, resolved);
        }
        comments(f, t);
        changelog(issue, t);
        jsmFields(f, fields, t);
        try {
            return t.build();
        } catch (IllegalArgumentException e) {
            throw new BadRecordException(e.getMessage());
        }
    }

    private static void comments(JsonObject f, TicketBuilder t) throws BadRecordException {
        JsonObject comment = object(f.get("comment"));
        if (comment == null) {
            return;
        }
        JsonArray list = array(comment.get("comments"));
        for (int i = 0; i < list.size(); i++) {
            JsonObject c = object(list.get(i));
            if (c == null) {
                continue;
            }
            String field = "fields.comment.comments[" + i + "].created";
            String created = text(c.get("created"));
            if (created == null) {
                throw new BadRecordException(field + ": expected a date, got " + describe(c.get("created")));
            }
            t.comment(person(c.get("author")), JiraDates.parse(created, field), text(c.get("body")));
        }
    }

    private static void changelog(JsonObject issue, TicketBuilder t) throws BadRecordException {
        JsonObject changelog = object(issue.get("changelog"));
        if (changelog == null) {
            return;
        }
        JsonArray histories = array(changelog.get("histories"));
        for (int i = 0; i < histories.size(); i++) {
            JsonObject h = object(histories.get(i));
            if (h == null) {
                continue;
            }
            Instant at = null;
            for (JsonElement itemElement : array(h.get("items"))) {
                JsonObject item = object(itemElement);
                String field = item == null ? null : text(item.get("field"));
                FieldChange.Field which = field == null ? null
                        : switch (field.toLowerCase(Locale.ROOT)) {
                            case "assignee" -> FieldChange.Field.ASSIGNEE;
                            case "resolution" -> FieldChange.Field.RESOLUTION;
                            default -> null;
                        };
                if (which == null) {
                    continue;
                }
                if (at == null) {
                    String path = "changelog.histories[" + i + "].created";
                    String created = text(h.get("created"));
                    if (created == null) {
                        throw new BadRecordException(path + ": expected a date, got " + describe(h.get("created")));
                    }
                    at = JiraDates.parse(created, path);
                }
                // Assignees are compared by id (from/to); a resolution by its name (fromString/toString).
                String from = which == FieldChange.Field.ASSIGNEE ? first(item, "from", "fromString")
                        : first(item, "fromString", "from");
                String to = which == FieldChange.Field.ASSIGNEE ? first(item, "to", "toString")
                        : first(item, "toString", "to");
                t.change(new FieldChange(at, which, from, to));
            }
        }
    }

    private static void jsmFields(JsonObject f, FieldLocator fields, TicketBuilder t) throws BadRecordException {
        for (JsonElement org : array(f.get(id(fields, ExportField.ORGANIZATIONS)))) {
            String name = org.isJsonObject() ? name(org) : text(org);
            if (name != null) {
                t.organization(name);
            }
        }
        JsonElement requestType = f.get(id(fields, ExportField.REQUEST_TYPE));
        if (requestType != null && requestType.isJsonObject()) {
            JsonObject rt = requestType.getAsJsonObject();
            t.requestType(rt.has("requestType") ? name(rt.get("requestType")) : name(rt));
        } else {
            t.requestType(text(requestType));
        }
        for (JsonElement p : array(f.get(id(fields, ExportField.REQUEST_PARTICIPANTS)))) {
            Person person = person(p);
            if (person != null) {
                t.participant(person);
            }
        }
        String satisfactionId = id(fields, ExportField.SATISFACTION);
        Integer rating = rating(f.get(satisfactionId), satisfactionId);
        if (rating != null) {
            String dateId = id(fields, ExportField.SATISFACTION_DATE);
            t.rating(rating, JiraDates.parseOptional(text(f.get(dateId)), "fields." + dateId));
        }
        for (String slaId : fields.slaFields()) {
            sla(f.get(slaId), slaId, fields, t);
        }
        String statusId = id(fields, ExportField.CALLBACK_STATUS);
        JsonElement status = f.get(statusId);
        String statusText = status != null && status.isJsonObject() ? text(status.getAsJsonObject().get("value"))
                : text(status);
        if (statusText != null && !statusText.isBlank()) {
            String dueId = id(fields, ExportField.CALLBACK_DUE);
            t.appCallback(statusText, JiraDates.parseOptional(text(f.get(dueId)), "fields." + dueId));
        }
    }

    private static Integer rating(JsonElement value, String fieldId) throws BadRecordException {
        if (value == null || value.isJsonNull()) {
            return null;
        }
        JsonElement r = value.isJsonObject() ? value.getAsJsonObject().get("rating") : value;
        if (r == null || r.isJsonNull()) {
            return null;
        }
        if (r.isJsonPrimitive()) {
            try {
                double d = r.getAsDouble();
                if (d == Math.rint(d) && d >= 1 && d <= 5) {
                    return (int) d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new BadRecordException("fields." + fieldId + " (Satisfaction): expected a rating 1 to 5, got "
                + describe(r));
    }

    private static void sla(JsonElement value, String fieldId, FieldLocator fields, TicketBuilder t)
            throws BadRecordException {
        JsonObject sla = object(value);
        if (sla == null) {
            return;
        }
        String name = text(sla.get("name"));
        if (name == null) {
            name = fields.name(fieldId);
        }
        if (name == null) {
            return;
        }
        JsonArray completed = array(sla.get("completedCycles"));
        for (int i = 0; i < completed.size(); i++) {
            JsonObject cycle = object(completed.get(i));
            if (cycle == null) {
                continue;
            }
            Instant stop = slaTime(cycle.get("stopTime"), "fields." + fieldId + ".completedCycles[" + i + "].stopTime");
            if (stop != null) {
                t.sla(new SlaCycle(name, stop, bool(cycle.get("breached"))));
            }
        }
        JsonObject ongoing = object(sla.get("ongoingCycle"));
        if (ongoing != null) {
            t.sla(new SlaCycle(name, null, bool(ongoing.get("breached"))));
        }
    }

    private static Instant slaTime(JsonElement value, String field) throws BadRecordException {
        JsonObject o = object(value);
        if (o == null) {
            String s = text(value);
            return s == null ? null : JiraDates.parse(s, field);
        }
        if (o.has("epochMillis") && !o.get("epochMillis").isJsonNull()) {
            return epochMillis(o.get("epochMillis"), field + ".epochMillis");
        }
        String iso = text(o.get("iso8601"));
        return iso == null ? null : JiraDates.parse(iso, field);
    }

    /** Whole milliseconds as a JSON number or numeric string, within the dates SPEC §11 allows. */
    private static Instant epochMillis(JsonElement e, String field) throws BadRecordException {
        String raw = e.isJsonPrimitive() && !e.getAsJsonPrimitive().isBoolean() ? e.getAsString().trim() : null;
        long millis;
        try {
            if (raw == null || raw.length() > 19) {
                throw new NumberFormatException();
            }
            millis = Long.parseLong(raw);
        } catch (NumberFormatException ex) {
            throw new BadRecordException(field + ": expected whole milliseconds since 1970, got " + describe(e));
        }
        return JiraDates.inRange(Instant.ofEpochMilli(millis), field);
    }

    static Person person(JsonElement e) {
        JsonObject u = object(e);
        if (u == null) {
            String s = text(e);
            return s == null || s.isBlank() ? null : Person.named(s);
        }
        Person p = new Person(text(u.get("name")), text(u.get("key")), text(u.get("accountId")),
                text(u.get("emailAddress")), text(u.get("displayName")));
        return p.id() == null ? null : p;
    }

    private static String first(JsonObject item, String a, String b) {
        String v = text(item.get(a));
        return v != null ? v : text(item.get(b));
    }

    private static String id(FieldLocator fields, ExportField f) {
        String id = fields.id(f);
        return id == null ? "\u0000none" : id;
    }

    static String name(JsonElement e) {
        JsonObject o = object(e);
        if (o == null) {
            return text(e);
        }
        String n = text(o.get("name"));
        return n != null ? n : text(o.get("value"));
    }

    /** The text of a string or number; anything else is {@code null}. */
    static String plain(JsonElement e) {
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    /** Plain text of a string, a number, or an Atlassian document (Cloud v3) by its text nodes. */
    static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            return e.getAsString();
        }
        if (e.isJsonObject() && e.getAsJsonObject().has("content")) {
            StringBuilder sb = new StringBuilder();
            adf(e, sb);
            return sb.toString().trim();
        }
        return null;
    }

    /**
     * Walks an Atlassian document with an explicit stack (a hostile document may nest thousands of levels);
     * deeper than {@link #MAX_DEPTH} the record is rejected.
     */
    private static void adf(JsonElement root, StringBuilder sb) {
        Deque<Object> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Object next = stack.pop();
            int depth = depths.pop();
            if (next instanceof String closing) {
                sb.append(closing);
                continue;
            }
            if (depth > MAX_DEPTH) {
                throw new TooDeep();
            }
            JsonElement e = (JsonElement) next;
            if (e.isJsonArray()) {
                JsonArray a = e.getAsJsonArray();
                for (int i = a.size() - 1; i >= 0; i--) {
                    stack.push(a.get(i));
                    depths.push(depth + 1);
                }
            } else if (e.isJsonObject()) {
                JsonObject o = e.getAsJsonObject();
                if (o.has("text") && o.get("text").isJsonPrimitive()) {
                    sb.append(o.get("text").getAsString());
                }
                if (o.has("content")) {
                    stack.push(" ");
                    depths.push(depth);
                    stack.push(o.get("content"));
                    depths.push(depth + 1);
                }
            }
        }
    }

    /** Rich text nested deeper than any editor writes. */
    static final int MAX_DEPTH = 200;

    /** Thrown from {@link #text} and turned into a skipped record by {@link #map}. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super("rich text: expected at most " + MAX_DEPTH + " levels of nesting, got more", null, false, false);
        }
    }

    private static boolean bool(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsBoolean();
    }

    static JsonObject object(JsonElement e) {
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    static JsonArray array(JsonElement e) {
        return e != null && e.isJsonArray() ? e.getAsJsonArray() : new JsonArray();
    }

    static String describe(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "nothing";
        }
        return e.isJsonPrimitive() ? "\"" + JiraDates.shorten(e.getAsString()) + "\"" : e.isJsonArray() ? "a list" : "an object";
    }
}

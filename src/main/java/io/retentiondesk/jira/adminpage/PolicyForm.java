package io.retentiondesk.jira.adminpage;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.retentiondesk.core.policy.PolicyProblem;
import io.retentiondesk.jira.policy.PolicyLeaves;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The policy document as a form: one row per setting, named by its dotted path (the same path a validation
 * problem names, so each message lands next to its field). A list stays one row holding its JSON text.
 */
public final class PolicyForm {
    /** Form parameters that carry a policy setting start with this. */
    public static final String PREFIX = "p:";

    private PolicyForm() {
    }

    public static List<PolicyRow> rows(String json, List<PolicyProblem> problems) {
        Map<String, String> values = PolicyLeaves.of(json);
        List<PolicyRow> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            List<String> mine = new ArrayList<>();
            for (PolicyProblem p : problems) {
                if (rowOf(p.field()).equals(e.getKey())) {
                    mine.add(p.toString());
                }
            }
            rows.add(new PolicyRow(e.getKey(), e.getValue(), mine));
        }
        return rows;
    }

    /** Problems no row shows (the document as a whole, or a missing setting). */
    public static List<String> unplaced(String json, List<PolicyProblem> problems) {
        Map<String, String> values = PolicyLeaves.of(json);
        List<String> out = new ArrayList<>();
        for (PolicyProblem p : problems) {
            if (!values.containsKey(rowOf(p.field()))) {
                out.add(p.toString());
            }
        }
        return out;
    }

    /**
     * The document the submitted form describes: the base document with each submitted setting replaced. A value
     * that is not JSON is taken as text, so the parser reports it against its field rather than as bad JSON.
     */
    public static String json(Map<String, String> submitted, String baseJson) {
        JsonObject root = JsonParser.parseString(baseJson).getAsJsonObject();
        for (Map.Entry<String, String> e : submitted.entrySet()) {
            String[] parts = e.getKey().split("\\.");
            JsonObject parent = root;
            for (int i = 0; i < parts.length - 1 && parent != null; i++) {
                JsonElement child = parent.get(parts[i]);
                parent = child != null && child.isJsonObject() ? child.getAsJsonObject() : null;
            }
            if (parent != null && parent.has(parts[parts.length - 1])) {
                parent.add(parts[parts.length - 1], value(e.getValue()));
            }
        }
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(root);
    }

    private static JsonElement value(String text) {
        try {
            return JsonParser.parseString(text.trim());
        } catch (JsonParseException e) {
            return new JsonPrimitive(text);
        }
    }

    private static String rowOf(String field) {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }
}

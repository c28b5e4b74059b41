package io.retentiondesk.jira.policy;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A policy document as its settings: dotted path → value as text (a list stays one setting holding its JSON).
 * The same paths validation problems name, so the admin form and the audit speak of the same settings.
 */
public final class PolicyLeaves {
    private PolicyLeaves() {
    }

    public static Map<String, String> of(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", JsonParser.parseString(json), out);
        return out;
    }

    private static void flatten(String path, JsonElement e, Map<String, String> out) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> child : e.getAsJsonObject().entrySet()) {
                flatten(path.isEmpty() ? child.getKey() : path + "." + child.getKey(), child.getValue(), out);
            }
        } else {
            out.put(path, e.isJsonPrimitive() ? e.getAsString() : e.toString());
        }
    }
}

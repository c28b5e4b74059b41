package io.retentiondesk.core.policy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One object of a policy document being read. Every getter records a {@link PolicyProblem} instead of
 * throwing, so one pass reports every bad field, and returns a harmless placeholder the caller discards.
 */
final class PolicySection {
    private final JsonObject json;
    private final String path;
    private final List<PolicyProblem> problems;
    private final Set<String> read = new HashSet<>();
    PolicySection(JsonObject json, String path, List<PolicyProblem> problems) {
        this(json, path, problems, false);
    }

    /** @param quiet a section that is itself missing or malformed: its fields are not reported one by one */
    private PolicySection(JsonObject json, String path, List<PolicyProblem> problems, boolean quiet) {
        this.json = json;
        this.path = path;
        this.problems = quiet ? new ArrayList<>() : problems;
    }

    PolicySection section(String name) {
        JsonElement e = take(name);
        if (e == null) {
            return new PolicySection(new JsonObject(), field(name), problems, true);
        }
        if (!e.isJsonObject()) {
            problem(name, "an object", e);
            return new PolicySection(new JsonObject(), field(name), problems, true);
        }
        return new PolicySection(e.getAsJsonObject(), field(name), problems);
    }

    double number(String name, double min, double max) {
        JsonElement e = take(name);
        if (e == null) {
            return min;
        }
        if (!isNumber(e) || !(e.getAsDouble() >= min && e.getAsDouble() <= max)) {
            problem(name, "a number from " + fmt(min) + " to " + fmt(max), e);
            return min;
        }
        return e.getAsDouble();
    }

    int integer(String name, int min, int max) {
        JsonElement e = take(name);
        if (e == null) {
            return min;
        }
        if (!isNumber(e) || e.getAsDouble() != Math.rint(e.getAsDouble())
                || e.getAsDouble() < min || e.getAsDouble() > max) {
            problem(name, "a whole number from " + min + " to " + max, e);
            return min;
        }
        return e.getAsInt();
    }

    /** A whole number or {@code null}; the field must still be present. */
    Integer nullableInteger(String name, int min, int max) {
        if (json.has(name) && json.get(name).isJsonNull()) {
            read.add(name);
            return null;
        }
        return integer(name, min, max);
    }

    String string(String name) {
        JsonElement e = take(name);
        if (e == null) {
            return "";
        }
        if (!isString(e) || e.getAsString().isBlank()) {
            problem(name, "a non-empty text", e);
            return "";
        }
        return e.getAsString();
    }

    String nullableString(String name) {
        if (json.has(name) && json.get(name).isJsonNull()) {
            read.add(name);
            return null;
        }
        return string(name);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        JsonElement e = take(name);
        E fallback = type.getEnumConstants()[0];
        if (e == null) {
            return fallback;
        }
        E value = isString(e) ? parseEnum(type, e.getAsString()) : null;
        if (value == null) {
            problem(name, "one of " + java.util.Arrays.toString(type.getEnumConstants()), e);
            return fallback;
        }
        return value;
    }

    List<String> strings(String name) {
        JsonElement e = take(name);
        List<String> out = new ArrayList<>();
        if (e == null) {
            return out;
        }
        if (!e.isJsonArray()) {
            problem(name, "a list of texts", e);
            return out;
        }
        JsonArray array = e.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonElement item = array.get(i);
            if (!isString(item) || item.getAsString().isBlank()) {
                problems.add(new PolicyProblem(field(name) + "[" + i + "]", "a non-empty text", describe(item)));
            } else {
                out.add(item.getAsString());
            }
        }
        return out;
    }

    /**
     * An object whose keys must all be constants of {@code keyType} (all of them when {@code complete}) and
     * whose values are read by {@code reader} from a sub-path.
     */
    <K extends Enum<K>, V> Map<K, V> enumMap(String name, Class<K> keyType, boolean complete,
                                             Function<Entry, V> reader) {
        PolicySection sub = section(name);
        Map<K, V> out = new LinkedHashMap<>();
        for (String key : sub.json.keySet()) {
            K k = parseEnum(keyType, key);
            if (k == null) {
                problems.add(new PolicyProblem(sub.path + "." + key, "a key from "
                        + java.util.Arrays.toString(keyType.getEnumConstants()), "an unknown key"));
                continue;
            }
            sub.read.add(key);
            V v = reader.apply(new Entry(sub, key));
            if (v != null) {
                out.put(k, v);
            }
        }
        if (complete && json.has(name)) {
            for (K k : keyType.getEnumConstants()) {
                if (!out.containsKey(k) && !sub.json.has(k.name())) {
                    problems.add(new PolicyProblem(sub.path + "." + k.name(), "a value", "missing"));
                }
            }
        }
        return out;
    }

    /** An object with free text keys and text values. */
    Map<String, String> textMap(String name) {
        PolicySection sub = section(name);
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : sub.json.keySet()) {
            out.put(key, sub.string(key));
        }
        return out;
    }

    /** Records a problem on a field of this section (used for rules across fields). */
    void problem(String name, String expected, String actual) {
        problems.add(new PolicyProblem(field(name), expected, actual));
    }

    /** Reports every key of this section that no getter asked for (typos are not silently ignored). */
    void rejectUnknown() {
        for (String key : json.keySet()) {
            if (!read.contains(key)) {
                problems.add(new PolicyProblem(field(key), "no such field", "an unknown field"));
            }
        }
    }

    /** The raw value of a field, marking it read; {@code null} when absent. */
    JsonElement raw(String name) {
        read.add(name);
        return json.get(name);
    }

    boolean has(String name) {
        return json.has(name);
    }

    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private JsonElement take(String name) {
        read.add(name);
        JsonElement e = json.get(name);
        if (e == null) {
            problems.add(new PolicyProblem(field(name), "a value", "missing"));
        }
        return e;
    }

    private void problem(String name, String expected, JsonElement actual) {
        problems.add(new PolicyProblem(field(name), expected, describe(actual)));
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String raw) {
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(raw.trim().toUpperCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }

    private static boolean isNumber(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    private static boolean isString(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    static String describe(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            return p.isString() ? "\"" + p.getAsString() + "\"" : p.toString();
        }
        return e.isJsonArray() ? "a list" : "an object";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** One key of an {@link #enumMap} being read. */
    record Entry(PolicySection section, String key) {
        double number(double min, double max) {
            return section.number(key, min, max);
        }

        int integer(int min, int max) {
            return section.integer(key, min, max);
        }
    }
}

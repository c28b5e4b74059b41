package io.retentiondesk.core.policy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.retentiondesk.core.callback.CallbackOwner;
import io.retentiondesk.core.callback.CallbackPolicy;
import io.retentiondesk.core.callback.ComplaintMatchers;
import io.retentiondesk.core.churn.RiskBands;
import io.retentiondesk.core.churn.RiskPolicy;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.rates.RatesPolicy;
import io.retentiondesk.core.satisfaction.SatisfactionPolicy;
import io.retentiondesk.core.satisfaction.ServiceTarget;
import io.retentiondesk.core.ticket.CustomerIdentity;
import io.retentiondesk.core.ticket.Priority;
import io.retentiondesk.core.tier.Cutoffs;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.TierMethod;
import io.retentiondesk.core.tier.TieringPolicy;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a policy document (SPEC §7). Every field is required and range-checked; unknown fields are errors, so
 * a typo cannot silently fall back to a default. All problems are collected and reported together in one
 * {@link PolicyException}; nothing is returned unless the whole document is valid.
 */
public final class PolicyParser {
    private static final double MAX_HOURS = 24 * 366;

    private PolicyParser() {
    }

    /**
     * JSON parsers keep the last of two equal keys silently ({@code "scale":50,"scale":0.1}); a policy is
     * rejected instead, naming the key by its path. Walks the document with a stack, so depth costs no recursion.
     *
     * @return the path of the first repeated key, or {@code null}
     */
    static String firstDuplicateKey(String json) {
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            Deque<Set<String>> keys = new ArrayDeque<>();
            while (true) {
                JsonToken token = reader.peek();
                switch (token) {
                    case BEGIN_OBJECT -> {
                        reader.beginObject();
                        keys.push(new HashSet<>());
                    }
                    case END_OBJECT -> {
                        reader.endObject();
                        keys.pop();
                    }
                    case BEGIN_ARRAY -> reader.beginArray();
                    case END_ARRAY -> reader.endArray();
                    case NAME -> {
                        String name = reader.nextName();
                        String path = reader.getPath();
                        if (!keys.peek().add(name)) {
                            return path.startsWith("$.") ? path.substring(2) : path;
                        }
                    }
                    case END_DOCUMENT -> {
                        return null;
                    }
                    default -> reader.skipValue();
                }
            }
        } catch (java.io.IOException | IllegalStateException e) {
            return null; // not well-formed: reported by the parser
        }
    }

    public static Policy parse(String json) {
        JsonObject root;
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (!e.isJsonObject()) {
                throw new PolicyException(List.of(new PolicyProblem("(document)", "a JSON object",
                        PolicySection.describe(e))));
            }
            root = e.getAsJsonObject();
            String duplicate = firstDuplicateKey(json);
            if (duplicate != null) {
                throw new PolicyException(List.of(new PolicyProblem(duplicate, "each key once in its object",
                        "it twice")));
            }
        } catch (JsonParseException | IllegalStateException e) {
            throw new PolicyException(List.of(new PolicyProblem("(document)", "well-formed JSON",
                    ParserMessages.plain(e))));
        }
        List<PolicyProblem> problems = new ArrayList<>();
        PolicySection doc = new PolicySection(root, "", problems);
        int version = doc.integer("version", Policy.CURRENT_VERSION, Policy.CURRENT_VERSION);
        PolicySection customer = doc.section("customer");
        CustomerIdentity identity = customer.enumValue("identity", CustomerIdentity.class);
        customer.rejectUnknown();
        TieringPolicy tiering = tiering(doc.section("tiering"), problems);
        SatisfactionPolicy satisfaction = satisfaction(doc.section("satisfaction"), problems);
        CallbackPolicy callbacks = callbacks(doc.section("callbacks"), problems);
        RiskPolicy risk = risk(doc.section("risk"), problems);
        RatesPolicy rates = rates(doc.section("rates"));
        Map<ExportField, String> fields = fields(doc);
        doc.rejectUnknown();
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        try {
            return new Policy(version, identity, tiering, satisfaction, callbacks, risk, rates, fields);
        } catch (IllegalArgumentException e) {
            // The section checks above mirror the records' invariants; this is a last guard.
            throw new PolicyException(List.of(new PolicyProblem("(document)", "a consistent policy", e.getMessage())));
        }
    }

    private static TieringPolicy tiering(PolicySection s, List<PolicyProblem> problems) {
        TierMethod method = s.enumValue("method", TierMethod.class);
        Cutoffs count = cutoffs(s.section("countShare"));
        Cutoffs value = cutoffs(s.section("valueShare"));
        int lowConfidence = s.integer("lowConfidenceBelow", 0, 1_000_000);
        int highPotential = s.integer("highPotentialAt", 0, 100);
        s.rejectUnknown();
        return new TieringPolicy(method, count, value, lowConfidence, highPotential);
    }

    private static Cutoffs cutoffs(PolicySection s) {
        double key = s.number("key", 0, 1);
        double major = s.number("major", 0, 1);
        double ordinary = s.number("ordinary", 0, 1);
        s.rejectUnknown();
        if (!(key > 0 && key < major && major < ordinary && ordinary <= 1)) {
            s.problem("key", "cut-offs rising as 0 < key < major < ordinary <= 1",
                    key + " / " + major + " / " + ordinary);
            return new Cutoffs(0.05, 0.2, 0.5);
        }
        return new Cutoffs(key, major, ordinary);
    }

    private static SatisfactionPolicy satisfaction(PolicySection s, List<PolicyProblem> problems) {
        Map<Tier, Map<Priority, ServiceTarget>> targets = new EnumMap<>(Tier.class);
        PolicySection t = s.section("targets");
        for (Tier tier : Tier.values()) {
            if (tier == Tier.UNRATED) {
                continue;
            }
            PolicySection row = t.section(tier.name());
            Map<Priority, ServiceTarget> byPriority = new EnumMap<>(Priority.class);
            for (Priority p : Priority.values()) {
                byPriority.put(p, target(row, p.name()));
            }
            row.rejectUnknown();
            targets.put(tier, byPriority);
        }
        t.rejectUnknown();
        int maxHandoffs = s.integer("maxHandoffs", 0, 100);
        PolicySection w = s.section("weights");
        SatisfactionPolicy.GapWeights weights = new SatisfactionPolicy.GapWeights(w.number("responsiveness", 0, 1),
                w.number("reliability", 0, 1), w.number("assurance", 0, 1), w.number("empathy", 0, 1));
        w.rejectUnknown();
        double reopen = s.number("reopenPenalty", 0, 200);
        double handoff = s.number("handoffPenalty", 0, 200);
        double fcr = s.number("fcrBonus", 0, 100);
        double chaser = s.number("chaserPenalty", 0, 200);
        double ratedWeight = s.number("ratedWeight", 0, 1);
        double ratingStep = s.number("pointsPerRatingStep", 0, 100);
        Map<Tier, Integer> expected = s.enumMap("expectedRating", Tier.class, true, e -> e.integer(1, 5));
        int exceededAt = s.integer("exceededAt", -100, 100);
        int belowAt = s.integer("belowAt", -100, 100);
        if (exceededAt <= belowAt) {
            s.problem("exceededAt", "a score above belowAt (" + belowAt + ")", String.valueOf(exceededAt));
        }
        Map<String, Priority> priorityMap = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : s.textMap("priorityMap").entrySet()) {
            Priority p = Priority.standard(e.getValue()).orElse(null);
            if (p == null) {
                s.problem("priorityMap." + e.getKey(), "one of Highest, High, Medium, Low, Lowest",
                        "\"" + e.getValue() + "\"");
            } else {
                priorityMap.put(e.getKey().trim().toLowerCase(Locale.ROOT), p);
            }
        }
        String frSla = s.string("firstResponseSla");
        String trSla = s.string("resolutionSla");
        s.rejectUnknown();
        if (!problems.isEmpty()) {
            return null;
        }
        return new SatisfactionPolicy(targets, maxHandoffs, weights, reopen, handoff, fcr, chaser, ratedWeight,
                ratingStep, expected, exceededAt, belowAt, priorityMap, frSla, trSla);
    }

    /** A target is written {@code [firstResponseHours, resolutionHours]}. */
    private static ServiceTarget target(PolicySection row, String name) {
        JsonElement e = row.raw(name);
        if (e == null) {
            row.problem(name, "[first response hours, resolution hours]", "missing");
            return null;
        }
        if (e.isJsonArray() && e.getAsJsonArray().size() == 2
                && e.getAsJsonArray().get(0).isJsonPrimitive() && e.getAsJsonArray().get(0).getAsJsonPrimitive().isNumber()
                && e.getAsJsonArray().get(1).isJsonPrimitive() && e.getAsJsonArray().get(1).getAsJsonPrimitive().isNumber()) {
            double fr = e.getAsJsonArray().get(0).getAsDouble();
            double tr = e.getAsJsonArray().get(1).getAsDouble();
            if (fr > 0 && tr >= fr && tr <= MAX_HOURS) {
                return new ServiceTarget(fr, tr);
            }
        }
        row.problem(name, "[first response hours, resolution hours] with 0 < first <= resolution <= " + (int) MAX_HOURS,
                e.toString());
        return null;
    }

    private static CallbackPolicy callbacks(PolicySection s, List<PolicyProblem> problems) {
        PolicySection c = s.section("complaints");
        ComplaintMatchers matchers = new ComplaintMatchers(c.strings("issueTypes"), c.strings("requestTypes"),
                c.strings("labels"), c.strings("components"));
        c.rejectUnknown();
        Map<Tier, Double> delays = s.enumMap("delayHours", Tier.class, true, e -> e.number(0, MAX_HOURS));
        double retry = s.number("retryHours", 0, MAX_HOURS);
        int maxAttempts = s.integer("maxAttempts", 1, 20);
        CallbackOwner owner = s.enumValue("owner", CallbackOwner.class);
        String ownerField = s.nullableString("ownerField");
        String ownerRole = s.nullableString("ownerRole");
        if (owner == CallbackOwner.USER_FIELD && ownerField == null) {
            s.problem("ownerField", "a user field name when owner is USER_FIELD", "null");
        }
        if (owner == CallbackOwner.PROJECT_ROLE && ownerRole == null) {
            s.problem("ownerRole", "a project role name when owner is PROJECT_ROLE", "null");
        }
        s.rejectUnknown();
        if (!problems.isEmpty()) {
            return null;
        }
        return new CallbackPolicy(matchers, delays, retry, maxAttempts, owner, ownerField, ownerRole);
    }

    private static RiskPolicy risk(PolicySection s, List<PolicyProblem> problems) {
        int window = s.integer("windowDays", 1, 3650);
        double halfLife = s.number("halfLifeDays", 0.1, 3650);
        double scale = s.number("scale", 0.1, 10_000);
        Map<RiskSignal, Double> points = s.enumMap("points", RiskSignal.class, true, e -> e.number(-100, 100));
        double perPoint = s.number("scoredBelowPerPoint", 0, 10);
        double further = s.number("surgeFurtherPoints", 0, 100);
        int surgeTickets = s.integer("surgeTickets", 2, 1000);
        int surgeDays = s.integer("surgeDays", 1, 3650);
        int sameDays = s.integer("sameProblemDays", 1, 3650);
        double jaccard = s.number("sameProblemJaccard", 0.01, 1);
        int repeatDays = s.integer("repeatComplaintDays", 1, 3650);
        PolicySection b = s.section("bands");
        int medium = b.integer("medium", 1, 100);
        int high = b.integer("high", 1, 100);
        int critical = b.integer("critical", 1, 100);
        b.rejectUnknown();
        if (!(medium < high && high < critical)) {
            b.problem("medium", "bands rising as medium < high < critical", medium + " / " + high + " / " + critical);
        }
        List<String> intent = s.strings("intentWords");
        List<String> competitors = s.strings("competitors");
        Map<Tier, Integer> weights = s.enumMap("winBackWeights", Tier.class, true, e -> e.integer(0, 100));
        s.rejectUnknown();
        if (!problems.isEmpty()) {
            return null;
        }
        return new RiskPolicy(window, halfLife, scale, points, perPoint, further, surgeTickets, surgeDays, sameDays,
                jaccard, repeatDays, new RiskBands(medium, high, critical), intent, competitors, weights);
    }

    private static RatesPolicy rates(PolicySection s) {
        List<String> resolutions = s.strings("churnResolutions");
        Integer inactive = s.nullableInteger("inactiveDays", 1, 3650);
        int months = s.integer("historyMonths", 1, 120);
        int lowConfidence = s.integer("lowConfidenceBelow", 0, 1_000_000);
        s.rejectUnknown();
        return new RatesPolicy(resolutions, inactive, months, lowConfidence);
    }

    private static Map<ExportField, String> fields(PolicySection doc) {
        PolicySection f = doc.section("fields");
        Map<ExportField, String> out = new EnumMap<>(ExportField.class);
        for (ExportField field : ExportField.values()) {
            if (f.has(field.jsonName())) {
                out.put(field, f.string(field.jsonName()));
            }
        }
        f.rejectUnknown();
        return out;
    }
}

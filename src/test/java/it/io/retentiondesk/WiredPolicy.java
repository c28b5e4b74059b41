package it.io.retentiondesk;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.List;

/**
 * The policy the ticket tests run under, so a fresh ticket shows every field at once: tickets of the test
 * project's issue type are complaints, a callback is due at resolution (so at once overdue), and any churn risk
 * above 2 is HIGH. Everything else stays as the administrator left it; the tests put the old policy back.
 */
final class WiredPolicy {
    private WiredPolicy() {
    }

    /** The {@code policy} member of {@code GET /policy}'s answer. */
    static String documentOf(String getPolicyAnswer) {
        return JsonParser.parseString(getPolicyAnswer).getAsJsonObject().get("policy").toString();
    }

    static String forTickets(String document, String complaintIssueType) {
        JsonObject policy = JsonParser.parseString(document).getAsJsonObject();
        JsonObject callbacks = policy.getAsJsonObject("callbacks");
        JsonArray types = new JsonArray();
        types.add(complaintIssueType);
        callbacks.getAsJsonObject("complaints").add("issueTypes", types);
        JsonObject delays = callbacks.getAsJsonObject("delayHours");
        for (String tier : List.copyOf(delays.keySet())) {
            delays.addProperty(tier, 0);
        }
        JsonObject bands = policy.getAsJsonObject("risk").getAsJsonObject("bands");
        bands.addProperty("medium", 1);
        bands.addProperty("high", 2);
        bands.addProperty("critical", 3);
        return policy.toString();
    }
}

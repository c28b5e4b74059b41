package io.retentiondesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.CustomerValue;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.TierAssigner;
import io.retentiondesk.core.tier.TierAssignment;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.report.input.Skipped;
import io.retentiondesk.report.input.ValueFileReader;
import io.retentiondesk.report.input.ValueRow;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /rest/retention/1.0/values}: imports customer values from the value CSV (the offline command's format).
 * {@code ?preview=true} returns the tier changes without writing anything. Bad lines are reported and skipped; a
 * file over 5 MB is refused whole.
 */
@Named
@Path("/values")
@AdminOnly
public class ValueResource {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private final RestAccess access;
    private final CustomerRegistry customers;
    private final PolicyStore policies;

    @Inject
    public ValueResource(RestAccess access, CustomerRegistry customers, PolicyStore policies) {
        this.access = Objects.requireNonNull(access);
        this.customers = Objects.requireNonNull(customers);
        this.policies = Objects.requireNonNull(policies);
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCsv(@QueryParam("preview") boolean preview, String csv) {
        return access.refuseUnlessAdmin().orElseGet(() -> {
            if (csv == null || csv.isBlank()) {
                return RestErrors.of(Response.Status.BAD_REQUEST, "(body)", "expected CSV with a header customer,annual_value,potential");
            }
            if (csv.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                return RestErrors.of(413, "(body)", "expected at most 5 MB; split the file");
            }
            List<Skipped> skipped = new ArrayList<>();
            Map<CustomerKey, ValueRow> rows;
            try {
                rows = read(csv, skipped);
            } catch (IOException | RuntimeException e) {
                return RestErrors.of(Response.Status.BAD_REQUEST, "(body)", e.getMessage());
            }
            if (rows.isEmpty()) {
                return RestErrors.of(Response.Status.BAD_REQUEST, "(body)", "no valid line: " + describe(skipped));
            }
            return RestErrors.ok(apply(rows, skipped, preview));
        });
    }

    private JsonObject apply(Map<CustomerKey, ValueRow> rows, List<Skipped> skipped, boolean preview) {
        Map<CustomerKey, CustomerValue> all = new HashMap<>();
        for (CustomerValue v : customers.values()) {
            all.put(v.customer(), v);
        }
        rows.forEach((k, r) -> all.put(k, r.value()));
        TierAssignment tiers = new TierAssigner(policies.current().tiering()).assign(all.values());
        JsonArray changes = new JsonArray();
        for (CustomerValue v : all.values()) {
            Tier before = customers.tierOf(v.customer());
            Tier after = tiers.tierOf(v.customer());
            if (before != after) {
                JsonObject c = new JsonObject();
                c.addProperty("customer", v.customer().id());
                c.addProperty("from", before.name());
                c.addProperty("to", after.name());
                changes.add(c);
            }
            if (!preview) {
                if (rows.containsKey(v.customer())) {
                    customers.saveValue(v);
                }
                customers.saveTier(v.customer(), after);
            }
        }
        JsonObject body = new JsonObject();
        body.addProperty("preview", preview);
        body.addProperty("imported", rows.size());
        body.add("tierChanges", changes);
        JsonArray errors = new JsonArray();
        for (Skipped s : skipped) {
            JsonObject e = new JsonObject();
            e.addProperty("line", s.position());
            e.addProperty("message", s.reason());
            errors.add(e);
        }
        body.add("skipped", errors);
        return body;
    }

    private static Map<CustomerKey, ValueRow> read(String csv, List<Skipped> skipped) throws IOException {
        java.nio.file.Path file = Files.createTempFile("retention-values", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return new ValueFileReader().read(file, skipped::add);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String describe(List<Skipped> skipped) {
        return skipped.isEmpty() ? "the file has a header only" : skipped.get(0).position() + ": " + skipped.get(0).reason();
    }
}

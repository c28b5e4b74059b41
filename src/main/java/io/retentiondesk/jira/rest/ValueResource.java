package io.retentiondesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.retentiondesk.jira.service.ValueImport;
import io.retentiondesk.report.input.Skipped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Objects;

/**
 * {@code /rest/retention/1.0/values}: imports customer values from the value CSV (the offline command's format).
 * {@code ?preview=true} returns the tier changes without writing anything. Bad lines are reported and skipped; a
 * file over 5 MB is refused whole (413).
 */
@Named
@Path("/values")
@AdminOnly
public class ValueResource {
    static final int MAX_BYTES = ValueImport.MAX_BYTES;
    private final RestAccess access;
    private final ValueImport values;

    @Inject
    public ValueResource(RestAccess access, ValueImport values) {
        this.access = Objects.requireNonNull(access);
        this.values = Objects.requireNonNull(values);
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCsv(@QueryParam("preview") boolean preview, String csv) {
        return run(() -> values.importCsv(csv, preview));
    }

    /** The same as JSON: {@code [{"customer": "Acme", "annual_value": 1200, "potential": 70}]}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importJson(@QueryParam("preview") boolean preview, String json) {
        return run(() -> values.importJson(json, preview));
    }

    private Response run(java.util.function.Supplier<ValueImport.Result> work) {
        return access.refuseUnlessAdmin().orElseGet(() -> {
            ValueImport.Result result;
            try {
                result = work.get();
            } catch (ValueImport.Refused e) {
                return RestErrors.of(e.tooLarge() ? 413 : 400, "(body)", e.getMessage());
            }
            JsonObject body = new JsonObject();
            body.addProperty("preview", result.preview());
            body.addProperty("imported", result.imported());
            JsonArray changes = new JsonArray();
            for (ValueImport.TierChange c : result.changes()) {
                JsonObject o = new JsonObject();
                o.addProperty("customer", c.customer());
                o.addProperty("from", c.from().name());
                o.addProperty("to", c.to().name());
                changes.add(o);
            }
            body.add("tierChanges", changes);
            JsonArray errors = new JsonArray();
            for (Skipped s : result.skipped()) {
                JsonObject e = new JsonObject();
                e.addProperty("line", s.position());
                e.addProperty("message", s.reason());
                errors.add(e);
            }
            body.add("skipped", errors);
            return RestErrors.ok(body);
        });
    }
}

package io.retentiondesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.retentiondesk.input.ValueNotice;
import io.retentiondesk.input.ValueProblem;
import io.retentiondesk.jira.service.ValueImport;
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
 * {@code /rest/retention/1.0/values}: imports customer values from the value file (the offline command's format), as
 * {@code text/csv} or as a JSON array, all or nothing. {@code ?preview=true} answers what the import would do (the
 * customers it adds and changes, the tier changes, or every bad line) without writing anything. A file with any bad
 * line is refused whole: 400 with {@code problems}, each {@code {"line", "field", "message"}}; nothing is saved. A
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
                if (e.problems().isEmpty()) {
                    return RestErrors.of(e.tooLarge() ? 413 : 400, "(body)", e.getMessage());
                }
                JsonObject body = new JsonObject();
                body.addProperty("status", 400);
                body.addProperty("message", e.getMessage());
                body.add("problems", problems(e.problems()));
                return Response.status(400).type(MediaType.APPLICATION_JSON).entity(RestErrors.GSON.toJson(body))
                        .build();
            }
            JsonObject body = new JsonObject();
            body.addProperty("preview", result.preview());
            body.addProperty("importable", result.importable());
            body.add("created", names(result.created()));
            body.add("updated", names(result.updated()));
            body.addProperty("unchanged", result.unchanged());
            JsonArray changes = new JsonArray();
            for (ValueImport.TierChange c : result.changes()) {
                JsonObject o = new JsonObject();
                o.addProperty("customer", c.customer());
                o.addProperty("from", c.from().name());
                o.addProperty("to", c.to().name());
                changes.add(o);
            }
            body.add("tierChanges", changes);
            body.add("problems", problems(result.problems()));
            JsonArray notices = new JsonArray();
            for (ValueNotice n : result.notices()) {
                JsonObject o = new JsonObject();
                o.addProperty("line", n.line());
                o.addProperty("field", n.field());
                o.addProperty("message", "\"" + n.text() + "\" is not a churn type; kept as OTHER");
                notices.add(o);
            }
            body.add("notices", notices);
            return RestErrors.ok(body);
        });
    }

    private static JsonArray names(java.util.List<String> names) {
        JsonArray out = new JsonArray();
        names.forEach(out::add);
        return out;
    }

    private static JsonArray problems(java.util.List<ValueProblem> problems) {
        JsonArray out = new JsonArray();
        for (ValueProblem p : problems) {
            JsonObject o = new JsonObject();
            o.addProperty("line", p.line());
            o.addProperty("field", p.field());
            o.addProperty("message", p.message());
            out.add(o);
        }
        return out;
    }
}

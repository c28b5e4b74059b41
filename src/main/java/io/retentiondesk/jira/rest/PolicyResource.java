package io.retentiondesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.core.policy.PolicyException;
import io.retentiondesk.core.policy.PolicyProblem;
import io.retentiondesk.jira.policy.PolicyAudit;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Objects;

/** {@code /rest/retention/1.0/policy}: the policy document, for Jira administrators. */
@Named
@Path("/policy")
@AdminOnly
public class PolicyResource {
    static final int MAX_BYTES = 1 << 20;
    private final RestAccess access;
    private final PolicyStore policies;
    private final PolicyAudit audit;

    @Inject
    public PolicyResource(RestAccess access, PolicyStore policies, PolicyAudit audit) {
        this.access = Objects.requireNonNull(access);
        this.policies = Objects.requireNonNull(policies);
        this.audit = Objects.requireNonNull(audit);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        return access.refuseUnlessAdmin().orElseGet(() -> {
            JsonObject body = new JsonObject();
            body.addProperty("version", policies.version());
            body.add("policy", JsonParser.parseString(policies.currentJson()));
            return RestErrors.ok(body);
        });
    }

    /** A bad policy is rejected whole with every problem (400) and the stored one stays. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response put(String json) {
        return access.refuseUnlessAdmin().orElseGet(() -> {
            if (json == null || json.isBlank()) {
                return RestErrors.of(Response.Status.BAD_REQUEST, "(document)", "expected a policy JSON object, got nothing");
            }
            if (json.length() > MAX_BYTES) {
                return RestErrors.of(413, "(document)", "expected at most " + MAX_BYTES + " characters, got " + json.length());
            }
            String before = policies.currentJson();
            try {
                policies.save(json);
            } catch (PolicyException e) {
                JsonObject body = new JsonObject();
                body.addProperty("status", 400);
                body.addProperty("message", "policy rejected; the previous one is still in use");
                JsonArray problems = new JsonArray();
                for (PolicyProblem p : e.problems()) {
                    JsonObject o = new JsonObject();
                    o.addProperty("field", p.field());
                    o.addProperty("expected", p.expected());
                    o.addProperty("got", p.actual());
                    problems.add(o);
                }
                body.add("problems", problems);
                return Response.status(400).type(MediaType.APPLICATION_JSON).entity(RestErrors.GSON.toJson(body)).build();
            }
            audit.record(access.callerKey(), before, policies.currentJson());
            return get();
        });
    }
}

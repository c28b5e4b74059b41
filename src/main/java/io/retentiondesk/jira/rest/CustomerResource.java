package io.retentiondesk.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.retentiondesk.core.CustomerProfile;
import io.retentiondesk.core.churn.ChurnType;
import io.retentiondesk.core.churn.RiskAssessment;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.TicketLinks;
import io.retentiondesk.jira.service.ChurnAssessment;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /rest/retention/1.0/customers/{key}}: a customer's profile for anyone who can browse at least one of the
 * customer's tickets (otherwise 404, so the customer's existence is not revealed); marking a customer churned or
 * unworthy is for Jira administrators.
 */
@Named
@Path("/customers/{key}")
@LicensedOnly
public class CustomerResource {
    static final int TICKETS_CHECKED = 200;
    private final RestAccess access;
    private final CustomerRegistry customers;
    private final TicketLinks links;
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;
    private final ChurnAssessment churn;

    @Inject
    public CustomerResource(RestAccess access, CustomerRegistry customers, TicketLinks links, @ComponentImport IssueManager issues,
                            @ComponentImport PermissionManager permissions,
                            @ComponentImport JiraAuthenticationContext authentication, ChurnAssessment churn) {
        this.access = Objects.requireNonNull(access);
        this.customers = Objects.requireNonNull(customers);
        this.links = Objects.requireNonNull(links);
        this.issues = Objects.requireNonNull(issues);
        this.permissions = Objects.requireNonNull(permissions);
        this.authentication = Objects.requireNonNull(authentication);
        this.churn = Objects.requireNonNull(churn);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response profile(@PathParam("key") String key) {
        Optional<Response> refused = access.refuseAnonymous();
        if (refused.isPresent()) {
            return refused.get();
        }
        CustomerKey customer = CustomerKey.of(key);
        ApplicationUser user = authentication.getLoggedInUser();
        long browsable = links.issueIdsOf(customer, TICKETS_CHECKED).stream()
                .map(issues::getIssueObject)
                .filter(i -> i != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, (Issue) i, user))
                .count();
        if (browsable == 0) {
            return RestErrors.of(Response.Status.NOT_FOUND, "key", "no customer \"" + key + "\" among the tickets you can browse");
        }
        CustomerProfile p = customers.profileOf(customer);
        JsonObject body = new JsonObject();
        body.addProperty("customer", customer.id());
        body.addProperty("tier", p.tier().name());
        body.addProperty("potential", p.potential());
        body.addProperty("churnedAt", p.churnedAt() == null ? null : p.churnedAt().toString());
        body.addProperty("unworthy", p.unworthy());
        body.addProperty("ticketsYouCanBrowse", browsable);
        // the risk now, from the stored records alone; reasons by signal, not by ticket (a caller may not see them all)
        RiskAssessment risk = churn.standingOf(customer).standing().risk();
        body.addProperty("riskScore", risk.score());
        body.addProperty("riskBand", risk.band().name());
        JsonArray reasons = new JsonArray();
        risk.reasons().forEach(r -> reasons.add(r.signal().name()));
        body.add("riskReasons", reasons);
        return RestErrors.ok(body);
    }

    /** Body {@code {"churnType": "POACHED_BY_COMPETITOR", "at": "2026-11-01T00:00:00Z"}}; {@code at} defaults to now. */
    @POST
    @AdminOnly
    @Path("/churned")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response churned(@PathParam("key") String key, String json) {
        return access.refuseUnlessAdmin().orElseGet(() -> {
            Optional<JsonObject> parsed = object(json);
            if (parsed.isEmpty()) {
                return badBody();
            }
            JsonObject body = parsed.get();
            String type = body.has("churnType") && !body.get("churnType").isJsonNull() ? body.get("churnType").getAsString() : null;
            List<String> types = Arrays.stream(ChurnType.values()).map(Enum::name).toList();
            if (type == null || !types.contains(type)) {
                return RestErrors.of(Response.Status.BAD_REQUEST, "churnType", "expected one of " + types + ", got " + type);
            }
            Instant at;
            try {
                at = body.has("at") ? Instant.parse(body.get("at").getAsString()) : Instant.now();
            } catch (DateTimeParseException | UnsupportedOperationException e) {
                return RestErrors.of(Response.Status.BAD_REQUEST, "at", "expected an ISO-8601 instant such as 2026-11-01T00:00:00Z");
            }
            customers.markChurned(CustomerKey.of(key), at, type);
            return RestErrors.ok(body);
        });
    }

    /** Body {@code {"unworthy": true}}: the customer is not worth winning back (fraud, malicious arrears, abuse). */
    @POST
    @AdminOnly
    @Path("/unworthy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response unworthy(@PathParam("key") String key, String json) {
        return access.refuseUnlessAdmin().orElseGet(() -> {
            Optional<JsonObject> parsed = object(json);
            if (parsed.isEmpty()) {
                return badBody();
            }
            JsonObject body = parsed.get();
            if (!body.has("unworthy") || !body.get("unworthy").isJsonPrimitive()
                    || !body.get("unworthy").getAsJsonPrimitive().isBoolean()) {
                return RestErrors.of(Response.Status.BAD_REQUEST, "unworthy", "expected true or false");
            }
            customers.markUnworthy(CustomerKey.of(key), body.get("unworthy").getAsBoolean());
            return RestErrors.ok(body);
        });
    }

    private static Optional<JsonObject> object(String json) {
        try {
            JsonElement e = JsonParser.parseString(json == null ? "" : json);
            return e.isJsonObject() ? Optional.of(e.getAsJsonObject()) : Optional.empty();
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    private static Response badBody() {
        return RestErrors.of(Response.Status.BAD_REQUEST, "(body)", "expected a JSON object");
    }
}

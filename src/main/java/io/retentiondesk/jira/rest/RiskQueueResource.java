package io.retentiondesk.jira.rest;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.TicketLinks;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /rest/retention/1.0/risk-queue?band=HIGH&limit=50}: customers at or above a churn-risk band, most at
 * risk first. A customer is listed only to a user who can browse at least one of its tickets.
 */
@Named
@Path("/risk-queue")
@LicensedOnly
public class RiskQueueResource {
    static final int MAX_LIMIT = 200;
    /** Tickets checked per customer: the newest, which an agent working the queue most likely sees. */
    static final int TICKETS_PER_CUSTOMER = 20;
    /** Issues loaded and permission-checked per request, so a user who can browse little costs no more. */
    static final int CHECKS_PER_REQUEST = 2000;
    private final RestAccess access;
    private final CustomerRegistry customers;
    private final TicketLinks links;
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;

    @Inject
    public RiskQueueResource(RestAccess access, CustomerRegistry customers, TicketLinks links, @ComponentImport IssueManager issues,
                             @ComponentImport PermissionManager permissions,
                             @ComponentImport JiraAuthenticationContext authentication) {
        this.access = Objects.requireNonNull(access);
        this.customers = Objects.requireNonNull(customers);
        this.links = Objects.requireNonNull(links);
        this.issues = Objects.requireNonNull(issues);
        this.permissions = Objects.requireNonNull(permissions);
        this.authentication = Objects.requireNonNull(authentication);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@QueryParam("band") String band, @QueryParam("limit") Integer limit) {
        Optional<Response> refused = access.refuseAnonymous();
        if (refused.isPresent()) {
            return refused.get();
        }
        RiskBand floor;
        try {
            floor = RiskBand.valueOf(band == null ? "HIGH" : band.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return RestErrors.of(Response.Status.BAD_REQUEST, "band", "expected LOW, MEDIUM, HIGH or CRITICAL, got " + band);
        }
        int max = limit == null ? 50 : limit;
        if (floor == RiskBand.CHURNED || max < 1 || max > MAX_LIMIT) {
            return RestErrors.of(Response.Status.BAD_REQUEST, floor == RiskBand.CHURNED ? "band" : "limit",
                    floor == RiskBand.CHURNED ? "expected LOW, MEDIUM, HIGH or CRITICAL, got CHURNED"
                            : "expected a limit from 1 to " + MAX_LIMIT + ", got " + max);
        }
        EnumSet<RiskBand> bands = EnumSet.noneOf(RiskBand.class);
        for (RiskBand b : RiskBand.values()) {
            if (b.atLeast(floor)) {
                bands.add(b);
            }
        }
        ApplicationUser user = authentication.getLoggedInUser();
        JsonArray rows = new JsonArray();
        int[] checks = {0};
        boolean complete = true;
        for (CustomerRegistry.AtRisk r : customers.atRisk(bands, MAX_LIMIT)) {
            if (rows.size() == max) {
                break;
            }
            if (checks[0] >= CHECKS_PER_REQUEST) {
                complete = false; // the rest of the queue was not looked at: say so rather than answer short
                break;
            }
            if (browsable(r, user, checks)) {
                JsonObject o = new JsonObject();
                o.addProperty("customer", r.customer().id());
                o.addProperty("tier", r.tier().name());
                o.addProperty("riskScore", r.score());
                o.addProperty("riskBand", r.band().name());
                rows.add(o);
            }
        }
        JsonObject body = new JsonObject();
        body.add("customers", rows);
        body.addProperty("complete", complete);
        return RestErrors.ok(body);
    }

    private boolean browsable(CustomerRegistry.AtRisk r, ApplicationUser user, int[] checks) {
        for (Long id : links.issueIdsOf(r.customer(), TICKETS_PER_CUSTOMER)) {
            if (checks[0]++ >= CHECKS_PER_REQUEST) {
                return false;
            }
            MutableIssue issue = issues.getIssueObject(id);
            if (issue != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
                return true;
            }
        }
        return false;
    }
}

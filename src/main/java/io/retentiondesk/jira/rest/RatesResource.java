package io.retentiondesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.retentiondesk.core.rates.RateRow;
import io.retentiondesk.jira.service.RatesReport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /rest/retention/1.0/rates?from=2026-01&to=2026-10}: churn and retention rates per tier and month
 * (SPEC §6) for any logged-in user: counts only, no customer names.
 */
@Named
@Path("/rates")
@LicensedOnly
public class RatesResource {
    static final int MAX_MONTHS = 36;
    private final RestAccess access;
    private final RatesReport rates;

    @Inject
    public RatesResource(RestAccess access, RatesReport rates) {
        this.access = Objects.requireNonNull(access);
        this.rates = Objects.requireNonNull(rates);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@QueryParam("from") String from, @QueryParam("to") String to) {
        Optional<Response> refused = access.refuseAnonymous();
        if (refused.isPresent()) {
            return refused.get();
        }
        YearMonth first;
        YearMonth last;
        try {
            first = YearMonth.parse(Objects.requireNonNull(from, "from"));
            last = YearMonth.parse(Objects.requireNonNull(to, "to"));
        } catch (NullPointerException | DateTimeParseException e) {
            return RestErrors.of(Response.Status.BAD_REQUEST, from == null || !parses(from) ? "from" : "to",
                    "expected a month such as 2026-01");
        }
        if (last.isBefore(first) || first.plusMonths(MAX_MONTHS).isBefore(last)) {
            return RestErrors.of(Response.Status.BAD_REQUEST, "to",
                    "expected a month from " + first + " to " + first.plusMonths(MAX_MONTHS));
        }
        JsonArray rows = new JsonArray();
        for (RateRow r : rates.rows(first, last)) {
            JsonObject o = new JsonObject();
            o.addProperty("month", r.period().toString());
            o.addProperty("tier", r.tier());
            o.addProperty("base", r.base());
            o.addProperty("churned", r.churned());
            o.addProperty("churnRate", r.churnRate());
            o.addProperty("retentionRate", r.retentionRate());
            o.addProperty("lowConfidence", r.lowConfidence());
            rows.add(o);
        }
        JsonObject body = new JsonObject();
        body.add("rates", rows);
        return RestErrors.ok(body);
    }

    private static boolean parses(String month) {
        try {
            YearMonth.parse(month);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

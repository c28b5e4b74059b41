package io.retentiondesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.scheduler.SchedulerServiceException;
import com.google.gson.JsonObject;
import io.retentiondesk.core.calibration.CalibrationJson;
import io.retentiondesk.jira.job.NightlyJob;
import io.retentiondesk.jira.job.NightlyWork.Task;
import io.retentiondesk.jira.job.WorkProgress;
import io.retentiondesk.jira.policy.PendingCalibration;
import io.retentiondesk.jira.policy.PendingCalibration.Pending;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Objects;

/**
 * {@code /rest/retention/1.0/calibration}, for Jira administrators: the admin page's <em>Calibrate from history</em>
 * for scripts (SPEC §12). POST starts a run in the background (202 with the queued run; 409 while any background run
 * is queued or running). GET answers {@code {"run": …, "pending": …}}: the latest calibration run and its progress
 * ({@code null} when the latest background run was not a calibration), and the calibration waiting to be applied or
 * discarded on the admin page ({@code null} when none): {@code {"id", "state": "FITTED"|"REFUSED", "keptAt", "asOf",
 * "policyVersion", "onCurrentPolicy", "result": <calibration.json>, "missing": [{"missing", "found", "needed"}]}}.
 */
@Named
@Path("/calibration")
@AdminOnly
public class CalibrationResource {
    /** Keeps {@code null}s: calibration.json's shape has them (an interval without evidence, an undefined AUC). */
    private static final com.google.gson.Gson WITH_NULLS = new com.google.gson.GsonBuilder().serializeNulls().create();
    private final RestAccess access;
    private final NightlyJob job;
    private final WorkProgress progress;
    private final PendingCalibration pending;

    @Inject
    public CalibrationResource(RestAccess access, NightlyJob job, WorkProgress progress, PendingCalibration pending) {
        this.access = Objects.requireNonNull(access);
        this.job = Objects.requireNonNull(job);
        this.progress = Objects.requireNonNull(progress);
        this.pending = Objects.requireNonNull(pending);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        return access.refuseUnlessAdmin().orElseGet(() -> {
            JsonObject body = new JsonObject();
            body.add("run", run());
            body.add("pending", pending.current().map(this::pendingJson).orElse(null));
            return Response.ok(WITH_NULLS.toJson(body), MediaType.APPLICATION_JSON).build();
        });
    }

    /** 202 with the queued run; 409 while another run is queued or running; 503 when the scheduler refuses it. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response start() {
        return access.refuseUnlessAdmin().orElseGet(() -> {
            try {
                if (!job.startNow(Task.CALIBRATE)) {
                    return RestErrors.of(Response.Status.CONFLICT, "run",
                            "a run is already queued or running; GET /work shows its progress");
                }
            } catch (SchedulerServiceException e) {
                return RestErrors.of(Response.Status.SERVICE_UNAVAILABLE, "run",
                        "Jira's scheduler refused the run; try again later");
            }
            return Response.status(Response.Status.ACCEPTED).type(MediaType.APPLICATION_JSON)
                    .entity(RestErrors.GSON.toJson(run())).build();
        });
    }

    private JsonObject run() {
        return progress.current().filter(s -> s.task() == Task.CALIBRATE).map(s -> {
            JsonObject o = WorkProgress.toJson(s);
            o.addProperty("percent", s.percent());
            return o;
        }).orElse(null);
    }

    private JsonObject pendingJson(Pending p) {
        JsonObject o = new JsonObject();
        o.addProperty("id", p.id());
        o.addProperty("state", p.refused() ? "REFUSED" : "FITTED");
        o.addProperty("keptAt", p.keptAt().toString());
        o.addProperty("asOf", p.asOf().toString());
        o.addProperty("policyVersion", p.policyVersion());
        o.addProperty("onCurrentPolicy", pending.onCurrentPolicy(p));
        if (!p.refused()) {
            o.add("result", CalibrationJson.toJson(p.result()));
        }
        o.add("missing", PendingCalibration.missing(p.shortfalls()));
        return o;
    }
}

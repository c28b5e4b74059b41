package io.retentiondesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.scheduler.SchedulerServiceException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.retentiondesk.jira.ao.FailedWorkQueue;
import io.retentiondesk.jira.job.NightlyJob;
import io.retentiondesk.jira.job.NightlyWork.Task;
import io.retentiondesk.jira.job.WorkProgress;
import io.retentiondesk.jira.job.WorkProgress.Status;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Objects;

/**
 * {@code /rest/retention/1.0/work}: the latest re-tier / re-assess run and its progress (GET), and starting one
 * (POST {@code {"task": "RETIER"}} or {@code "REASSESS"}), for Jira administrators: the admin page's buttons for
 * scripts. GET also reports the failed work: how many items wait for the nightly retry and how many were given up on
 * (dead), with the newest {@value #DEAD_LISTED} dead ones (kind, issue, attempts, when, the error's class; never what
 * a customer or agent wrote).
 */
@Named
@Path("/work")
@AdminOnly
public class WorkResource {
    static final int DEAD_LISTED = 100;

    private final RestAccess access;
    private final NightlyJob job;
    private final WorkProgress progress;
    private final FailedWorkQueue failures;

    @Inject
    public WorkResource(RestAccess access, NightlyJob job, WorkProgress progress, FailedWorkQueue failures) {
        this.access = Objects.requireNonNull(access);
        this.job = Objects.requireNonNull(job);
        this.progress = Objects.requireNonNull(progress);
        this.failures = Objects.requireNonNull(failures);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        return access.refuseUnlessAdmin().orElseGet(() -> {
            JsonObject o = body(progress.current().orElse(null));
            o.add("failedWork", failedWork());
            return RestErrors.ok(o);
        });
    }

    /** {@code {"pending": n, "dead": n, "maxAttempts": 5, "deadItems": [{"id", "kind", "issueId", "issueKey", "attempts", "failedAt", "deadSince", "error"}]}}. */
    private JsonObject failedWork() {
        FailedWorkQueue.Counts counts = failures.counts();
        JsonObject o = new JsonObject();
        o.addProperty("pending", counts.pending());
        o.addProperty("dead", counts.dead());
        o.addProperty("maxAttempts", io.retentiondesk.jira.work.WorkKind.MAX_ATTEMPTS);
        com.google.gson.JsonArray items = new com.google.gson.JsonArray();
        for (FailedWorkQueue.FailedWork w : failures.dead(DEAD_LISTED)) {
            JsonObject item = new JsonObject();
            item.addProperty("id", w.id());
            item.addProperty("kind", w.kind() == null ? w.code() : w.kind().name());
            item.addProperty("issueId", w.issueId());
            item.addProperty("issueKey", w.issueKey());
            item.addProperty("attempts", w.attempts());
            item.addProperty("failedAt", w.failedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            item.addProperty("deadSince", w.deadSince() == null ? null
                    : w.deadSince().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            item.addProperty("error", w.error());
            items.add(item);
        }
        o.add("deadItems", items);
        return o;
    }

    /** 202 with the queued run; 409 while another is queued or running. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(String json) {
        return access.refuseUnlessAdmin().orElseGet(() -> {
            Task task;
            try {
                JsonObject o = JsonParser.parseString(Objects.requireNonNullElse(json, "")).getAsJsonObject();
                task = Task.valueOf(o.get("task").getAsString());
                if (task == Task.NIGHTLY || task == Task.CALIBRATE) { // calibration starts at /calibration
                    throw new IllegalArgumentException("nightly");
                }
            } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException
                     | UnsupportedOperationException e) {
                return RestErrors.of(Response.Status.BAD_REQUEST, "task",
                        "expected a JSON object {\"task\": \"RETIER\"} or {\"task\": \"REASSESS\"}");
            }
            try {
                if (!job.startNow(task)) {
                    return RestErrors.of(Response.Status.CONFLICT, "task",
                            "a run is already queued or running; GET /work shows its progress");
                }
            } catch (SchedulerServiceException e) {
                return RestErrors.of(Response.Status.SERVICE_UNAVAILABLE, "task",
                        "Jira's scheduler refused the run; try again later");
            }
            return Response.status(Response.Status.ACCEPTED).type(MediaType.APPLICATION_JSON)
                    .entity(RestErrors.GSON.toJson(body(progress.current().orElse(null)))).build();
        });
    }

    private static JsonObject body(Status s) {
        if (s == null) {
            JsonObject none = new JsonObject();
            none.addProperty("state", "NONE");
            return none;
        }
        JsonObject o = WorkProgress.toJson(s);
        o.addProperty("percent", s.percent());
        return o;
    }
}

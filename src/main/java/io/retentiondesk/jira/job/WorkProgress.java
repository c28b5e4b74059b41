package io.retentiondesk.jira.job;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.jira.job.NightlyWork.Summary;
import io.retentiondesk.jira.job.NightlyWork.Task;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest run of the nightly work (scheduled, or started from the admin page) and how far it has got, kept in
 * Jira's plugin settings: the run may be on any node and the admin page on another, and no node keeps state.
 * Progress is written at most every two seconds, so a run over thousands of customers does not hammer the database.
 */
@Named
public class WorkProgress {
    static final String KEY = "io.retentiondesk.retention-desk:work.progress";
    /** A run not heard from for this long died with its node; a new one may start. */
    static final Duration STALE = Duration.ofMinutes(30);
    static final Duration WRITE_EVERY = Duration.ofSeconds(2);

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** One run as the admin page shows it; {@code summary} only when DONE, and never for a calibration. */
    public record Status(Task task, State state, int done, int total, Instant started, Instant updated,
                         Summary summary) {
        public boolean active(Instant now) {
            return (state == State.QUEUED || state == State.RUNNING) && updated.plus(STALE).isAfter(now);
        }

        public int percent() {
            if (state == State.DONE) {
                return 100;
            }
            return total == 0 ? 0 : (int) (100L * done / total);
        }
    }

    private final PluginSettingsFactory settings;
    private final Clock clock;

    @Inject
    public WorkProgress(@ComponentImport PluginSettingsFactory settings) {
        this(settings, Clock.systemUTC());
    }

    WorkProgress(PluginSettingsFactory settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The latest run; empty when there was none, or its record is unreadable (then a new run may start). */
    public Optional<Status> current() {
        Object stored = settings.createGlobalSettings().get(KEY);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(stored.toString()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether a run is queued or running now (and not abandoned by a dead node). */
    public boolean busy() {
        Instant now = clock.instant();
        return current().map(s -> s.active(now)).orElse(false);
    }

    /** Records that an admin asked for a run; the scheduler starts it on some node. */
    public void queued(Task task) {
        Instant now = clock.instant();
        write(new Status(task, State.QUEUED, 0, 0, now, now, null));
    }

    /** The scheduler refused the queued run: it will not come, so it must not hold the buttons for half an hour. */
    public void refused(Task task) {
        Instant now = clock.instant();
        write(new Status(task, State.FAILED, 0, 0, now, now, null));
    }

    /** A run starting now; feed the returned progress to {@link NightlyWork#run}. */
    public Run started(Task task) {
        return new Run(task, clock.instant());
    }

    /** One run's writer of its own progress. */
    public final class Run implements NightlyWork.Progress {
        private final Task task;
        private final Instant started;
        private Instant lastWrite;
        private int done;
        private int total;

        private Run(Task task, Instant started) {
            this.task = task;
            this.started = started;
            write(new Status(task, State.RUNNING, 0, 0, started, started, null));
            lastWrite = started;
        }

        @Override
        public void at(int done, int total) {
            this.done = done;
            this.total = total;
            Instant now = clock.instant();
            if (!now.isBefore(lastWrite.plus(WRITE_EVERY))) {
                write(new Status(task, State.RUNNING, done, total, started, now, null));
                lastWrite = now;
            }
        }

        /** @param summary the nightly work's counts; {@code null} for a calibration, which keeps its own result */
        public void finished(Summary summary) {
            write(new Status(task, State.DONE, total, total, started, clock.instant(), summary));
        }

        public void failed() {
            write(new Status(task, State.FAILED, done, total, started, clock.instant(), null));
        }
    }

    private void write(Status s) {
        settings.createGlobalSettings().put(KEY, toJson(s).toString());
    }

    /** The stored form, also the REST answer's. */
    public static JsonObject toJson(Status s) {
        JsonObject o = new JsonObject();
        o.addProperty("task", s.task().name());
        o.addProperty("state", s.state().name());
        o.addProperty("done", s.done());
        o.addProperty("total", s.total());
        o.addProperty("started", s.started().toString());
        o.addProperty("updated", s.updated().toString());
        if (s.summary() != null) {
            o.add("summary", new Gson().toJsonTree(s.summary()));
        }
        return o;
    }

    private static Status read(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        Summary summary = o.has("summary") ? new Gson().fromJson(o.get("summary"), Summary.class) : null;
        return new Status(Task.valueOf(o.get("task").getAsString()), State.valueOf(o.get("state").getAsString()),
                o.get("done").getAsInt(), o.get("total").getAsInt(), Instant.parse(o.get("started").getAsString()),
                Instant.parse(o.get("updated").getAsString()), summary);
    }
}

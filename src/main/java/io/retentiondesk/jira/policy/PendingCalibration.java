package io.retentiondesk.jira.policy;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.core.calibration.CalibratedPolicy;
import io.retentiondesk.core.calibration.CalibrationJson;
import io.retentiondesk.core.calibration.CalibrationRefused;
import io.retentiondesk.core.calibration.CalibrationResult;
import io.retentiondesk.core.policy.PolicyException;
import io.retentiondesk.core.policy.PolicyProblem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The latest calibration from history (SPEC §12) until an administrator applies or discards it: the fitted points
 * with the figures that back them, or the refusal saying what the history lacks, and which policy it was fitted on.
 * Kept in Jira's plugin settings, like the policy it may replace: one small document (about 6 KB, far below the
 * 99,000 characters SAL's {@code PluginSettings.put} allows a value, docs.atlassian.com/sal-parent/3.0.0), read whole,
 * visible from every node and kept across restarts; no table or migration is needed for it.
 * <p>
 * Applying saves the fitted points as a new policy version through {@link PolicyStore#save} and
 * {@link PolicyAudit#record}, as the admin page's form does, only while the policy it was fitted on (same version,
 * same document) is the one in use, and forgets the calibration in the same step: under a cluster lock, so two
 * administrators on two nodes cannot apply it twice, and a later apply finds the version moved on.
 */
@Named
public class PendingCalibration {
    static final String KEY = "io.retentiondesk.retention-desk:calibration.pending";
    static final String LOCK = "io.retentiondesk.calibration";

    private final PluginSettingsFactory settings;
    private final ClusterLockService locks;
    private final PolicyStore policies;
    private final PolicyAudit audit;
    private final Clock clock;

    @Inject
    public PendingCalibration(@ComponentImport PluginSettingsFactory settings, @ComponentImport ClusterLockService locks,
                              PolicyStore policies, PolicyAudit audit) {
        this(settings, locks, policies, audit, Clock.systemUTC());
    }

    PendingCalibration(PluginSettingsFactory settings, ClusterLockService locks, PolicyStore policies,
                       PolicyAudit audit, Clock clock) {
        this.settings = Objects.requireNonNull(settings);
        this.locks = Objects.requireNonNull(locks);
        this.policies = Objects.requireNonNull(policies);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A calibration waiting for an administrator.
     *
     * @param id            names this calibration: apply and discard say which one they mean, so a page showing an
     *                      older one cannot act on a newer
     * @param keptAt        when the run finished
     * @param asOf          where the history ended
     * @param policyVersion the version of the policy it was fitted on
     * @param policyDigest  SHA-256 of that policy's document
     * @param result        the fitted points and figures, {@code null} for a refusal
     * @param shortfalls    what the history lacks, empty unless refused
     */
    public record Pending(String id, Instant keptAt, Instant asOf, long policyVersion, String policyDigest,
                          CalibrationResult result, List<CalibrationRefused.Shortfall> shortfalls) {
        public Pending {
            Objects.requireNonNull(id, "id");
            shortfalls = List.copyOf(shortfalls);
        }

        public boolean refused() {
            return result == null;
        }
    }

    /** What an apply did. */
    public enum Outcome {
        /** the fitted points are the new policy version, audited; the calibration is forgotten */
        APPLIED,
        /** no calibration with this id is pending (applied, discarded or replaced meanwhile): nothing changed */
        NOT_PENDING,
        /** the history was too short: there are no points to apply */
        NOTHING_FITTED,
        /** the policy changed after the fit: nothing changed; calibrate again */
        POLICY_CHANGED,
        /** the fitted policy was rejected by validation: the policy in use stays */
        REJECTED,
        /** another administrator is applying or discarding it right now */
        BUSY
    }

    /**
     * @param version  the policy version after an apply
     * @param problems validation's problems when REJECTED
     */
    public record Applied(Outcome outcome, long version, List<PolicyProblem> problems) {
    }

    /** The pending calibration; empty when there is none, or its record is unreadable (a new run replaces it). */
    public Optional<Pending> current() {
        Object stored = settings.createGlobalSettings().get(KEY);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(JsonParser.parseString(stored.toString()).getAsJsonObject()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the pending calibration was fitted on the policy in use now (the same version and document). */
    public boolean onCurrentPolicy(Pending p) {
        return p.policyVersion() == policies.version() && p.policyDigest().equals(digest(policies.currentJson()));
    }

    /** Keeps a finished fit, replacing whatever was pending. */
    public Pending keep(CalibrationResult result, long policyVersion, String policyJson) {
        return keep(new Pending(UUID.randomUUID().toString(), clock.instant(), result.asOf(), policyVersion,
                digest(policyJson), result, List.of()));
    }

    /** Keeps a refusal, replacing whatever was pending: the page says what the history lacks. */
    public Pending keepRefusal(List<CalibrationRefused.Shortfall> shortfalls, Instant asOf, long policyVersion,
                               String policyJson) {
        return keep(new Pending(UUID.randomUUID().toString(), clock.instant(), asOf, policyVersion, digest(policyJson),
                null, shortfalls));
    }

    /** @return the calibration as every node reads it back (its figures to 4 decimals) */
    private Pending keep(Pending p) {
        JsonObject stored = write(p);
        ClusterLock lock = locks.getLockForName(LOCK);
        lock.lock(); // an apply or discard in progress finishes first
        try {
            settings.createGlobalSettings().put(KEY, stored.toString());
            return read(stored);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Saves the fitted points of calibration {@code id} as a new policy version, audited as {@code who}'s change,
     * and forgets the calibration; only while the policy it was fitted on is the one in use.
     */
    public Applied apply(String id, String who) {
        ClusterLock lock = locks.getLockForName(LOCK);
        if (!lock.tryLock()) {
            return new Applied(Outcome.BUSY, policies.version(), List.of());
        }
        try {
            Optional<Pending> pending = current().filter(p -> p.id().equals(id));
            if (pending.isEmpty()) {
                return new Applied(Outcome.NOT_PENDING, policies.version(), List.of());
            }
            Pending p = pending.get();
            if (p.refused()) {
                return new Applied(Outcome.NOTHING_FITTED, policies.version(), List.of());
            }
            String before = policies.currentJson();
            if (!onCurrentPolicy(p)) {
                return new Applied(Outcome.POLICY_CHANGED, policies.version(), List.of());
            }
            try {
                // a form save on another node between the check above and this save makes it refuse
                if (!policies.saveIf(p.policyVersion(), CalibratedPolicy.json(before, p.result()))) {
                    return new Applied(Outcome.POLICY_CHANGED, policies.version(), List.of());
                }
            } catch (PolicyException e) {
                return new Applied(Outcome.REJECTED, policies.version(), e.problems());
            }
            audit.record(who, before, policies.currentJson());
            // had anything failed after the save, the version has moved on: the calibration could not apply again
            settings.createGlobalSettings().remove(KEY);
            return new Applied(Outcome.APPLIED, policies.version(), List.of());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets calibration {@code id}; the policy is untouched.
     *
     * @return false when it was not pending (applied, discarded or replaced meanwhile), or another administrator is
     * acting on it right now
     */
    public boolean discard(String id) {
        ClusterLock lock = locks.getLockForName(LOCK);
        if (!lock.tryLock()) {
            return false;
        }
        try {
            if (current().filter(p -> p.id().equals(id)).isEmpty()) {
                return false;
            }
            settings.createGlobalSettings().remove(KEY);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The stored form; {@code result} in the shape of calibration.json. */
    static JsonObject write(Pending p) {
        JsonObject o = new JsonObject();
        o.addProperty("id", p.id());
        o.addProperty("keptAt", p.keptAt().toString());
        o.addProperty("asOf", p.asOf().toString());
        o.addProperty("policyVersion", p.policyVersion());
        o.addProperty("policyDigest", p.policyDigest());
        if (p.result() != null) {
            o.add("result", CalibrationJson.toJson(p.result()));
        }
        o.add("missing", missing(p.shortfalls()));
        return o;
    }

    /** {@code [{"missing": "CHURNERS", "found": 8, "needed": 20}]}: what a refused history lacks. */
    public static JsonArray missing(List<CalibrationRefused.Shortfall> shortfalls) {
        JsonArray out = new JsonArray();
        for (CalibrationRefused.Shortfall s : shortfalls) {
            JsonObject so = new JsonObject();
            so.addProperty("missing", s.missing().name());
            so.addProperty("found", s.found());
            so.addProperty("needed", s.needed());
            out.add(so);
        }
        return out;
    }

    private static Pending read(JsonObject o) {
        List<CalibrationRefused.Shortfall> shortfalls = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("missing")) {
            JsonObject s = e.getAsJsonObject();
            shortfalls.add(new CalibrationRefused.Shortfall(CalibrationRefused.Missing.valueOf(
                    s.get("missing").getAsString()), s.get("found").getAsLong(), s.get("needed").getAsLong()));
        }
        return new Pending(o.get("id").getAsString(), Instant.parse(o.get("keptAt").getAsString()),
                Instant.parse(o.get("asOf").getAsString()), o.get("policyVersion").getAsLong(),
                o.get("policyDigest").getAsString(),
                o.has("result") ? CalibrationJson.fromJson(o.getAsJsonObject("result")) : null, shortfalls);
    }

    static String digest(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

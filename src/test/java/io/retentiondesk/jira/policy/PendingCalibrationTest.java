package io.retentiondesk.jira.policy;

import com.atlassian.audit.api.AuditService;
import io.retentiondesk.core.calibration.CalibrationRefused;
import io.retentiondesk.core.calibration.CalibrationResult;
import io.retentiondesk.core.calibration.CalibrationSamples;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.jira.job.SharedLocks;
import io.retentiondesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The calibration waiting for an administrator, in plugin settings shared by the "nodes" of a test (one map, one lock
 * service): seen alike from every node and after a restart, applied once and only on the policy it was fitted on,
 * always through the policy's own validation and audit.
 */
class PendingCalibrationTest {
    private static final Instant KEPT = Instant.parse("2026-07-01T03:00:00Z");
    private final Map<String, Object> settings = new ConcurrentHashMap<>();
    private final SharedLocks locks = new SharedLocks();
    private final AuditService auditLog = mock(AuditService.class);
    private final PolicyStore policies = new PolicyStore(MapPluginSettings.over(settings), locks);
    private final PolicyAudit audit = new PolicyAudit(MapPluginSettings.over(settings), auditLog);
    private final PendingCalibration node1 = node();
    private final PendingCalibration node2 = node();

    private PendingCalibration node() {
        return new PendingCalibration(MapPluginSettings.over(settings), locks, new PolicyStore(MapPluginSettings.over(settings), locks),
                new PolicyAudit(MapPluginSettings.over(settings), auditLog), new MutableClock(KEPT));
    }

    @Test
    void aKeptCalibrationIsSeenFromEveryNodeAndAfterARestartAndIsSmallEnoughForASetting() {
        CalibrationResult r = CalibrationSamples.handMade();
        PendingCalibration.Pending kept = node1.keep(r, 0, Policy.defaultJson());
        assertThat(node2.current()).contains(kept);
        assertThat(node().current()).as("a new instance over the same database: a restart").contains(kept);
        assertThat(kept.keptAt()).isEqualTo(KEPT);
        assertThat(kept.result().fittedPoints()).isEqualTo(r.fittedPoints());
        assertThat(settings.get(PendingCalibration.KEY).toString().length()).as("SAL's limit for a setting is 99,000")
                .isLessThan(20_000);
        // a newer run replaces it: the older one can no longer be acted on
        PendingCalibration.Pending newer = node2.keep(r, 0, Policy.defaultJson());
        assertThat(newer.id()).isNotEqualTo(kept.id());
        assertThat(node1.apply(kept.id(), "JIRAUSER1").outcome()).isEqualTo(PendingCalibration.Outcome.NOT_PENDING);
        assertThat(node1.discard(kept.id())).isFalse();
        assertThat(policies.version()).isZero();
    }

    @Test
    void applySavesTheFittedPointsAsANewAuditedPolicyVersionAndForgetsTheCalibration() {
        CalibrationResult r = CalibrationSamples.handMade();
        PendingCalibration.Pending kept = node1.keep(r, 0, Policy.defaultJson());
        PendingCalibration.Applied applied = node2.apply(kept.id(), "JIRAUSER1");
        assertThat(applied.outcome()).isEqualTo(PendingCalibration.Outcome.APPLIED);
        assertThat(applied.version()).isEqualTo(1);
        assertThat(policies.version()).isEqualTo(1);
        for (RiskSignal s : RiskSignal.values()) {
            assertThat(policies.current().risk().points(s)).as(s.name()).isEqualTo((double) r.fittedPoints().get(s));
        }
        assertThat(policies.current().risk().halfLifeDays()).isEqualTo(60);
        assertThat(audit.history()).singleElement().satisfies(e -> {
            assertThat(e.who()).isEqualTo("JIRAUSER1");
            assertThat(e.changes()).contains(new PolicyAudit.Change("risk.points.LOW_RATING", "15", "31"),
                    new PolicyAudit.Change("risk.halfLifeDays", "45", "60"));
        });
        verify(auditLog).audit(any());
        assertThat(node1.current()).isEmpty();
        // again, from either node: nothing pending, nothing saved twice
        assertThat(node1.apply(kept.id(), "JIRAUSER1").outcome()).isEqualTo(PendingCalibration.Outcome.NOT_PENDING);
        assertThat(policies.version()).isEqualTo(1);
        verify(auditLog, times(1)).audit(any());
    }

    @Test
    void aFormSaveOnAnotherNodeLandingJustBeforeApplysSaveIsNotOverwritten() {
        PendingCalibration.Pending kept = node1.keep(CalibrationSamples.handMade(), 0, Policy.defaultJson());
        String formChange = Policy.defaultJson().replace("\"halfLifeDays\": 45", "\"halfLifeDays\": 30");
        assertThat(formChange).isNotEqualTo(Policy.defaultJson());
        // the other admin's save lands after apply has checked the policy and before it saves
        PolicyStore racing = new PolicyStore(MapPluginSettings.over(settings), locks) {
            @Override
            public boolean saveIf(long expected, String json) {
                policies.save(formChange);
                return super.saveIf(expected, json);
            }
        };
        PendingCalibration node = new PendingCalibration(MapPluginSettings.over(settings), locks, racing, audit,
                new MutableClock(KEPT));
        assertThat(node.apply(kept.id(), "JIRAUSER1").outcome()).isEqualTo(PendingCalibration.Outcome.POLICY_CHANGED);
        assertThat(policies.currentJson()).isEqualTo(formChange);
        assertThat(policies.version()).isEqualTo(1);
        verify(auditLog, times(0)).audit(any());
    }

    @Test
    void twoAdministratorsApplyingAtOnceOnTwoNodesApplyItOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            settings.clear();
            PendingCalibration.Pending kept = node1.keep(CalibrationSamples.handMade(), 0, Policy.defaultJson());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            List<Future<PendingCalibration.Applied>> runs = new ArrayList<>();
            for (PendingCalibration node : List.of(node1, node2)) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    return node.apply(kept.id(), "JIRAUSER1");
                }));
            }
            start.countDown();
            List<PendingCalibration.Outcome> outcomes = new ArrayList<>();
            for (Future<PendingCalibration.Applied> r : runs) {
                outcomes.add(r.get().outcome());
            }
            nodes.shutdown();
            assertThat(outcomes).as("round " + round).containsOnlyOnce(PendingCalibration.Outcome.APPLIED)
                    .allMatch(o -> o == PendingCalibration.Outcome.APPLIED || o == PendingCalibration.Outcome.BUSY
                            || o == PendingCalibration.Outcome.NOT_PENDING);
            assertThat(policies.version()).isEqualTo(1);
            assertThat(audit.history()).hasSize(1);
        }
    }

    @Test
    void afterThePolicyChangedNothingIsAppliedAndTheCalibrationSaysSo() {
        PendingCalibration.Pending kept = node1.keep(CalibrationSamples.handMade(), 0, Policy.defaultJson());
        String halfLife30 = Policy.defaultJson().replace("\"halfLifeDays\": 45", "\"halfLifeDays\": 30");
        policies.save(halfLife30);
        assertThat(node1.onCurrentPolicy(kept)).isFalse();
        assertThat(node1.apply(kept.id(), "JIRAUSER1").outcome()).isEqualTo(PendingCalibration.Outcome.POLICY_CHANGED);
        assertThat(policies.version()).isEqualTo(1);
        assertThat(policies.currentJson()).isEqualTo(halfLife30);
        assertThat(node1.current()).as("kept, so the page can say why").contains(kept);
        verify(auditLog, never()).audit(any());
    }

    @Test
    void theSameVersionWithAnotherDocumentIsAnotherPolicy() {
        // fitted on a document other than the one stored under the same version (e.g. shipped defaults changed)
        String other = Policy.defaultJson().replace("\"halfLifeDays\": 45", "\"halfLifeDays\": 30");
        PendingCalibration.Pending kept = node1.keep(CalibrationSamples.handMade(), 0, other);
        assertThat(node1.onCurrentPolicy(kept)).isFalse();
        assertThat(node1.apply(kept.id(), "JIRAUSER1").outcome()).isEqualTo(PendingCalibration.Outcome.POLICY_CHANGED);
        assertThat(policies.version()).isZero();
    }

    @Test
    void aFittedPolicyThatValidationRejectsLeavesThePolicyInUseAndSaysWhy() {
        CalibrationResult r = CalibrationSamples.handMade();
        List<CalibrationResult.SignalFit> signals = new ArrayList<>(r.signals());
        CalibrationResult.SignalFit low = signals.get(RiskSignal.LOW_RATING.ordinal());
        signals.set(RiskSignal.LOW_RATING.ordinal(), new CalibrationResult.SignalFit(low.signal(), low.defaultPoints(),
                400, 400, low.lower(), low.upper(), low.occurrences(), low.churners()));
        PendingCalibration.Pending kept = node1.keep(new CalibrationResult(r.asOf(), r.firstMonth(), r.months(),
                r.customerMonths(), r.churners(), r.halfLifeDays(), r.defaultHalfLifeDays(), r.priorSdPoints(),
                r.halfLives(), signals, r.holdOut(), r.recommendation()), 0, Policy.defaultJson());
        PendingCalibration.Applied applied = node1.apply(kept.id(), "JIRAUSER1");
        assertThat(applied.outcome()).isEqualTo(PendingCalibration.Outcome.REJECTED);
        assertThat(applied.problems()).singleElement().extracting(p -> p.field()).isEqualTo("risk.points.LOW_RATING");
        assertThat(policies.version()).isZero();
        assertThat(policies.current()).isEqualTo(Policy.defaults());
        verify(auditLog, never()).audit(any());
    }

    @Test
    void aRefusalHasNothingToApplyAndDiscardForgetsWithoutTouchingThePolicy() {
        PendingCalibration.Pending refused = node1.keepRefusal(List.of(new CalibrationRefused.Shortfall(
                CalibrationRefused.Missing.CHURNERS, 8, 20)), KEPT, 0, Policy.defaultJson());
        assertThat(node2.current()).get().satisfies(p -> {
            assertThat(p.refused()).isTrue();
            assertThat(p.shortfalls()).containsExactly(new CalibrationRefused.Shortfall(
                    CalibrationRefused.Missing.CHURNERS, 8, 20));
        });
        assertThat(node1.apply(refused.id(), "JIRAUSER1").outcome()).isEqualTo(PendingCalibration.Outcome.NOTHING_FITTED);

        PendingCalibration.Pending fitted = node1.keep(CalibrationSamples.handMade(), 0, Policy.defaultJson());
        assertThat(node2.discard("another id")).isFalse();
        assertThat(node2.discard(fitted.id())).isTrue();
        assertThat(node1.current()).isEmpty();
        assertThat(node1.discard(fitted.id())).as("already gone").isFalse();
        assertThat(policies.version()).isZero();
        verify(auditLog, never()).audit(any());
    }

    @Test
    void anUnreadableStoredCalibrationIsNoneAndANewRunReplacesIt() {
        settings.put(PendingCalibration.KEY, "{\"id\": \"x\", \"result\": ");
        assertThat(node1.current()).isEmpty();
        assertThat(node1.apply("x", "JIRAUSER1").outcome()).isEqualTo(PendingCalibration.Outcome.NOT_PENDING);
        assertThat(node1.keep(CalibrationSamples.handMade(), 0, Policy.defaultJson())).isEqualTo(node1.current().orElseThrow());
    }
}

package io.retentiondesk.core.calibration;

import io.retentiondesk.core.churn.RiskAssessor;
import io.retentiondesk.core.churn.RiskPolicy;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.churn.RiskTicket;
import io.retentiondesk.core.churn.SignalOccurrence;
import io.retentiondesk.core.policy.Policy;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalibratorTest {
    static final Instant AS_OF = Instant.parse("2026-07-01T00:00:00Z");
    static final YearMonth FIRST = YearMonth.of(2024, 7);
    static final Policy POLICY = Policy.defaults();

    /** The hidden world: points that differ from the defaults; the others stay at their defaults. */
    static final Map<RiskSignal, Double> TRUE_POINTS = Map.of(
            RiskSignal.LOW_RATING, 40d,       // default 15
            RiskSignal.REOPENED, 0d,          // default 12
            RiskSignal.COMPLAINT, 25d,        // default 10
            RiskSignal.CALLBACK_FAILED, 45d,  // default 25
            RiskSignal.RECOVERED, -10d);      // default -10

    private static double truePoints(RiskSignal s) {
        return TRUE_POINTS.getOrDefault(s, POLICY.risk().points(s));
    }

    /**
     * Customer-months drawn from a known hazard {@code h0·e^(P/20)} with {@link #TRUE_POINTS} and a 45-day
     * half-life, month by month: tickets arrive, each with signals at fixed rates; at each month start the
     * customer's decayed counts (through the same {@link RiskAssessor#occurrences}) set its churn chance.
     */
    static List<CustomerHistory> simulate(int customers, double h0, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        RiskAssessor assessor = new RiskAssessor(POLICY.risk());
        List<CustomerHistory> out = new ArrayList<>();
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(FIRST.minusMonths(1),
                YearMonth.from(AS_OF.atOffset(ZoneOffset.UTC)));
        for (int c = 0; c < customers; c++) {
            List<RiskTicket> tickets = new ArrayList<>();
            List<RiskAssessor.Recovery> recoveries = new ArrayList<>();
            Instant churnedAt = null;
            int n = 0;
            for (int m = 0; m < months && churnedAt == null; m++) {
                YearMonth month = FIRST.minusMonths(1).plusMonths(m);
                Instant t0 = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                if (m > 0) {
                    double p = 0;
                    for (SignalOccurrence o : assessor.occurrences(tickets, recoveries, t0)) {
                        if (!o.date().isAfter(t0)) {
                            double age = (t0.toEpochMilli() - o.date().toEpochMilli()) / 86_400_000d;
                            double weight = o.points() / POLICY.risk().points(o.signal());
                            p += truePoints(o.signal()) * weight * Math.pow(0.5, age / 45);
                        }
                    }
                    double hazard = h0 * Math.exp(p / 20);
                    double u = rnd.nextDouble();
                    if (u < -Math.expm1(-hazard)) {
                        // the churn time within the month, from the exponential with this hazard
                        double fraction = -Math.log1p(-u) / hazard;
                        long monthSeconds = month.lengthOfMonth() * 86_400L;
                        churnedAt = t0.plusSeconds((long) (fraction * monthSeconds));
                        break;
                    }
                }
                int count = rnd.nextDouble() < 0.5 ? 1 : rnd.nextDouble() < 0.5 ? 0 : 2;
                for (int k = 0; k < count; k++) {
                    Instant created = t0.plusSeconds(rnd.nextLong(28L * 86_400));
                    String key = "C" + c + "-" + (++n);
                    List<SignalOccurrence> own = new ArrayList<>();
                    Instant resolved = created.plusSeconds(86_400 * (1 + rnd.nextInt(3)));
                    boolean complaint = rnd.nextDouble() < 0.15;
                    if (complaint) {
                        own.add(new SignalOccurrence(RiskSignal.COMPLAINT, key, created, 10));
                        double cb = rnd.nextDouble();
                        Instant at = resolved.plusSeconds(86_400);
                        if (cb < 0.35) {
                            own.add(new SignalOccurrence(RiskSignal.CALLBACK_FAILED, key, at, 25));
                        } else if (cb < 0.8) {
                            own.add(new SignalOccurrence(RiskSignal.RECOVERED, key, at, -10));
                        }
                    }
                    if (rnd.nextDouble() < 0.2) {
                        own.add(new SignalOccurrence(RiskSignal.LOW_RATING, key, resolved, 15));
                    }
                    if (rnd.nextDouble() < 0.25) {
                        own.add(new SignalOccurrence(RiskSignal.REOPENED, key, resolved, 12));
                    }
                    tickets.add(new RiskTicket(key, created, null, "incident", Set.of(), complaint, own));
                }
            }
            out.add(new CustomerHistory(String.format("c%05d", c), tickets, recoveries, churnedAt));
        }
        return out;
    }

    @Test
    void recoversKnownPointsWithinTheirIntervals() {
        CalibrationResult r = new Calibrator(POLICY).calibrate(simulate(6000, 0.01, 20260701L), AS_OF,
                Calibrator.Progress.NONE);
        for (RiskSignal s : TRUE_POINTS.keySet()) {
            CalibrationResult.SignalFit fit = r.signals().get(s.ordinal());
            assertThat(fit.evidence()).as(s.name()).isTrue();
            assertThat(truePoints(s)).as(s + " " + fit).isBetween(fit.lower(), fit.upper());
        }
        // the two that differ most from their defaults are found far from them
        assertThat(r.fittedPoints().get(RiskSignal.LOW_RATING)).isGreaterThan(25);
        assertThat(r.fittedPoints().get(RiskSignal.REOPENED)).isLessThan(6);
        assertThat(r.halfLifeDays()).isEqualTo(45);
        // the hold-out fit, on the months before asOf - 90 d, finds them too
        assertThat(r.holdOut().fittedPoints().get(RiskSignal.LOW_RATING)).isBetween(30, 50);
        assertThat(r.holdOut().fittedPoints().get(RiskSignal.REOPENED)).isBetween(-8, 8);
    }

    @Test
    void aSignalThatNeverOccursKeepsItsDefault() {
        CalibrationResult r = new Calibrator(POLICY).calibrate(simulate(1500, 0.02, 7L), AS_OF,
                Calibrator.Progress.NONE);
        for (RiskSignal s : List.of(RiskSignal.CHURN_INTENT, RiskSignal.SAME_PROBLEM, RiskSignal.HANDOFFS,
                RiskSignal.SLA_MISSED, RiskSignal.SCORED_EXCEEDED)) {
            CalibrationResult.SignalFit fit = r.signals().get(s.ordinal());
            assertThat(fit.occurrences()).isZero();
            assertThat(fit.evidence()).isFalse();
            assertThat(fit.lower()).isNull();
            assertThat(fit.fittedPoints()).as(s.name()).isEqualTo((int) POLICY.risk().points(s));
        }
    }

    @Test
    void sameHistoryInAnyOrderGivesTheSameResult() {
        List<CustomerHistory> histories = simulate(800, 0.03, 11L);
        CalibrationResult a = new Calibrator(POLICY).calibrate(histories, AS_OF, Calibrator.Progress.NONE);
        List<CustomerHistory> shuffled = new ArrayList<>(histories);
        Collections.shuffle(shuffled, new java.util.Random(3));
        CalibrationResult b = new Calibrator(POLICY).calibrate(shuffled, AS_OF, Calibrator.Progress.NONE);
        assertThat(b).isEqualTo(a);
        assertThat(CalibratedPolicy.json(Policy.defaultJson(), b)).isEqualTo(CalibratedPolicy.json(Policy.defaultJson(), a));
    }

    @Test
    void packedHistoriesGiveTheSameResultAsPlainOnes() {
        List<CustomerHistory> histories = simulate(800, 0.03, 11L);
        io.retentiondesk.core.churn.PackedRiskTickets.Dictionary dictionary =
                new io.retentiondesk.core.churn.PackedRiskTickets.Dictionary();
        List<CustomerHistory> packed = new ArrayList<>();
        for (CustomerHistory h : histories) {
            io.retentiondesk.core.churn.PackedRiskTickets.Packer packer =
                    new io.retentiondesk.core.churn.PackedRiskTickets.Packer(dictionary);
            h.tickets().forEach(packer::add);
            CustomerHistory p = new CustomerHistory(h.key(), packer.pack(), h.recoveries(), h.churnedAt());
            assertThat(p.tickets()).isInstanceOf(io.retentiondesk.core.churn.PackedRiskTickets.class);
            packed.add(p);
        }
        assertThat(new Calibrator(POLICY).calibrate(packed, AS_OF, Calibrator.Progress.NONE))
                .isEqualTo(new Calibrator(POLICY).calibrate(histories, AS_OF, Calibrator.Progress.NONE));
    }

    @Test
    void tooFewChurnersIsRefusedSayingHowManyThereAreAndAreNeeded() {
        List<CustomerHistory> histories = simulate(20, 0.005, 5L);
        long churners = histories.stream().filter(h -> h.churnedAt() != null).count();
        assertThat(churners).isLessThan(Calibrator.MIN_CHURNERS);
        assertThatThrownBy(() -> new Calibrator(POLICY).calibrate(histories, AS_OF, Calibrator.Progress.NONE))
                .isInstanceOfSatisfying(CalibrationRefused.class, e -> assertThat(e.shortfalls()).contains(
                        new CalibrationRefused.Shortfall(CalibrationRefused.Missing.CHURNERS, churners,
                                Calibrator.MIN_CHURNERS)));
    }

    @Test
    void underSixMonthsIsRefused() {
        List<CustomerHistory> histories = simulate(3000, 0.05, 9L);
        Instant asOf = FIRST.plusMonths(4).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        assertThatThrownBy(() -> new Calibrator(POLICY).calibrate(histories, asOf, Calibrator.Progress.NONE))
                .isInstanceOfSatisfying(CalibrationRefused.class, e -> assertThat(e.shortfalls()).contains(
                        new CalibrationRefused.Shortfall(CalibrationRefused.Missing.MONTHS, 4, 6)));
    }

    @Test
    void theFittedPolicyIsAValidPolicyWithTheFittedPointsAndHalfLife() {
        CalibrationResult r = new Calibrator(POLICY).calibrate(simulate(1500, 0.02, 13L), AS_OF,
                Calibrator.Progress.NONE);
        Policy fitted = io.retentiondesk.core.policy.PolicyParser.parse(CalibratedPolicy.json(Policy.defaultJson(), r));
        RiskPolicy risk = fitted.risk();
        Map<RiskSignal, Integer> points = new EnumMap<>(RiskSignal.class);
        for (RiskSignal s : RiskSignal.values()) {
            points.put(s, (int) risk.points(s));
            assertThat(risk.points(s)).isEqualTo((double) r.fittedPoints().get(s));
            assertThat(risk.points(s)).isBetween(-50d, 100d);
        }
        assertThat(risk.halfLifeDays()).isEqualTo(r.halfLifeDays());
        assertThat(risk.scoredBelowPerPoint()).isEqualTo(0.2 * points.get(RiskSignal.SCORED_BELOW) / 10, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(fitted.satisfaction()).isEqualTo(POLICY.satisfaction());
        assertThat(fitted.rates()).isEqualTo(POLICY.rates());
    }

    @Test
    void aucCountsTiesAsHalf() {
        assertThat(Calibrator.auc(new int[] {10, 20, 20, 30}, new boolean[] {false, true, false, true}))
                .isEqualTo((1 + 0.5 + 1 + 1) / 4.0);
    }

    @Test
    void wholePointsAreClamped() {
        assertThat(Calibrator.whole(140.2)).isEqualTo(100);
        assertThat(Calibrator.whole(-80)).isEqualTo(-50);
        assertThat(Calibrator.whole(12.5)).isEqualTo(13);
    }
}

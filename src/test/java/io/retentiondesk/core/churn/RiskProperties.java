package io.retentiondesk.core.churn;

import io.retentiondesk.core.policy.Policy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskProperties {
    private final RiskAssessor assessor = new RiskAssessor(Policy.defaults().risk());

    @Provide
    Arbitrary<SignalOccurrence> occurrence() {
        return Combinators.combine(Arbitraries.of(RiskSignal.class), Arbitraries.doubles().between(0, 179),
                Arbitraries.doubles().between(-20, 60))
                .as((s, age, points) -> RiskAssessorTest.occ(s, "T-1", age, points));
    }

    @Property
    void scoreInRangeAndBandMatchesScore(@ForAll @Size(max = 30) List<@net.jqwik.api.From("occurrence") SignalOccurrence> occ) {
        RiskAssessment r = assessor.score(occ, RiskAssessorTest.AS_OF);
        assertThat(r.score()).isBetween(0, 100);
        assertThat(r.band()).isEqualTo(Policy.defaults().risk().bands().bandOf(r.score()));
        assertThat(r.reasons()).hasSizeLessThanOrEqualTo(3).allMatch(x -> x.points() > 0);
    }

    @Property
    void addingPositivePointsNeverLowersRisk(@ForAll @Size(max = 30) List<@net.jqwik.api.From("occurrence") SignalOccurrence> occ,
                                             @ForAll @DoubleRange(min = 0.01, max = 60) double points,
                                             @ForAll @DoubleRange(min = 0, max = 179) double age) {
        RiskAssessment before = assessor.score(occ, RiskAssessorTest.AS_OF);
        List<SignalOccurrence> more = new ArrayList<>(occ);
        more.add(RiskAssessorTest.occ(RiskSignal.COMPLAINT, "T-2", age, points));
        RiskAssessment after = assessor.score(more, RiskAssessorTest.AS_OF);
        assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
        assertThat(after.points()).isGreaterThanOrEqualTo(before.points());
    }

    @Property
    void decayNeverGrowsWithAge(@ForAll @DoubleRange(min = 0, max = 100) double points,
                                @ForAll @DoubleRange(min = 0, max = 179) double age,
                                @ForAll @DoubleRange(min = 0, max = 100) double older) {
        double young = assessor.decayed(points, RiskAssessorTest.daysAgo(age), RiskAssessorTest.AS_OF);
        double old = assessor.decayed(points, RiskAssessorTest.daysAgo(Math.min(179.9, age + older)), RiskAssessorTest.AS_OF);
        assertThat(old).isLessThanOrEqualTo(young);
    }
}

package io.retentiondesk.core.rates;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChurnRuleTest {
    private static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
    private final ChurnRule rule = new ChurnRule(new RatesPolicy(List.of("Churned", "Lost to competitor"), null, 12, 30));

    @Test
    void churnResolutionsMatchCaseInsensitively() {
        assertThat(rule.isChurnResolution("churned")).isTrue();
        assertThat(rule.isChurnResolution(" LOST TO COMPETITOR ")).isTrue();
        assertThat(rule.isChurnResolution("Done")).isFalse();
        assertThat(rule.isChurnResolution(null)).isFalse();
    }

    @Test
    void earliestWinsAndAfterAsOfIsNotChurnYet() {
        assertThat(rule.churnedAt(APRIL, MARCH, null, AS_OF)).isEqualTo(MARCH);
        assertThat(rule.churnedAt(MARCH, APRIL, null, AS_OF)).isEqualTo(MARCH);
        assertThat(rule.churnedAt(null, APRIL, null, AS_OF)).isEqualTo(APRIL);
        assertThat(rule.churnedAt(null, null, MARCH, AS_OF)).isNull(); // inactivity churn is off by default
        assertThat(rule.churnedAt(AS_OF.plusSeconds(1), null, null, AS_OF)).isNull();
    }

    @Test
    void inactivityChurnIsDatedWhenTheRuleFires() {
        ChurnRule inactive = new ChurnRule(new RatesPolicy(List.of("Churned"), 90, 12, 30));
        assertThat(inactive.churnedAt(null, null, MARCH, AS_OF)).isEqualTo(MARCH.plusSeconds(90L * 86_400));
        assertThat(inactive.churnedAt(null, null, Instant.parse("2026-06-01T00:00:00Z"), AS_OF)).isNull();
    }
}

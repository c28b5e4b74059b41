package io.retentiondesk.core.ticket;

import io.retentiondesk.core.policy.Policy;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PriorityTest {
    private final Map<String, Priority> map = Policy.defaults().satisfaction().priorityMap();

    @Test
    void standardNamesCaseInsensitiveLowestIsLow() {
        assertThat(Priority.resolve("HIGHEST", map)).isEqualTo(Priority.HIGHEST);
        assertThat(Priority.resolve("lowest", map)).isEqualTo(Priority.LOW);
        assertThat(Priority.resolve("Medium", map)).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void policyMapCoversOtherSchemesAndUnknownIsMedium() {
        assertThat(Priority.resolve("Blocker", map)).isEqualTo(Priority.HIGHEST);
        assertThat(Priority.resolve("critical", map)).isEqualTo(Priority.HIGHEST);
        assertThat(Priority.resolve("Major", map)).isEqualTo(Priority.HIGH);
        assertThat(Priority.resolve("Minor", map)).isEqualTo(Priority.LOW);
        assertThat(Priority.resolve("Trivial", map)).isEqualTo(Priority.LOW);
        assertThat(Priority.resolve("P3", map)).isEqualTo(Priority.MEDIUM);
        assertThat(Priority.resolve("P5", map)).isEqualTo(Priority.LOW);
        assertThat(Priority.resolve("Whenever", map)).isEqualTo(Priority.MEDIUM);
        assertThat(Priority.resolve(null, map)).isEqualTo(Priority.MEDIUM);
        assertThat(Priority.isUnknown("Whenever", map)).isTrue();
        assertThat(Priority.isUnknown("P1", map)).isFalse();
    }
}

package io.retentiondesk.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeenKeysTest {
    @Test
    void aKeySeenAgainInAnyCaseIsADuplicateWhetherJiraShapedOrNot() {
        SeenKeys seen = new SeenKeys();
        assertThat(seen.add("SUP-6")).isTrue();
        assertThat(seen.add("sup-6 ")).isFalse();
        assertThat(seen.add("SUP-60")).isTrue();
        assertThat(seen.add("OPS-6")).isTrue();
        assertThat(seen.add("weird key")).isTrue();
        assertThat(seen.add("WEIRD KEY")).isFalse();
        assertThat(seen.add("SUP-999999999")).isTrue(); // above the bit-set bound: kept as text
        assertThat(seen.add("SUP-999999999")).isFalse();
        assertThat(seen.add("SUP-06")).isTrue(); // not the same text as SUP-6
    }
}

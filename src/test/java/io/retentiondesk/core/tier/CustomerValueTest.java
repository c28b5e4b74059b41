package io.retentiondesk.core.tier;

import io.retentiondesk.core.ticket.CustomerKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A value of 0 or more and a potential of 0 to 100 (SPEC §3); either may be unknown. */
class CustomerValueTest {
    private static final CustomerKey ACME = CustomerKey.of("Acme");

    @Test
    void zeroValueAndPotentialsAtBothEndsAreValid() {
        assertThat(new CustomerValue(ACME, BigDecimal.ZERO, 0).potential()).isZero();
        assertThat(new CustomerValue(ACME, BigDecimal.ONE, 100).potential()).isEqualTo(100);
        assertThat(new CustomerValue(ACME, null, null).annualValue()).isNull();
    }

    @Test
    void aNegativeValueOrAPotentialOutsideZeroToOneHundredIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new CustomerValue(ACME, new BigDecimal("-0.01"), 50)).hasMessageStartingWith("annual_value:");
        assertThatThrownBy(() -> new CustomerValue(ACME, BigDecimal.TEN, -1)).hasMessage("potential: expected 0 to 100, got -1");
        assertThatThrownBy(() -> new CustomerValue(ACME, BigDecimal.TEN, 101)).hasMessage("potential: expected 0 to 100, got 101");
    }
}

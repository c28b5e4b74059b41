package io.retentiondesk.report.input;

import io.retentiondesk.core.ticket.CustomerKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ValueFileReaderTest {
    @Test
    void readsGoodRowsAndSkipsEachBadOneWithItsLineAndField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("values.csv");
        Files.writeString(file, "customer,annual_value,potential,churned_at,churn_type,unworthy\n"
                + " Acme Ltd ,1200.50,70,,,\n"
                + "Beta,-5,10,,,\n"
                + "Gamma,100,101,,,\n"
                + "Delta,,,2026-03-14T00:00:00Z,COMPETITION,true\n"
                + "ACME LTD,1,1,,,\n"
                + "Eps,abc,1,,,\n", StandardCharsets.UTF_8);
        List<Skipped> skipped = new ArrayList<>();
        Map<CustomerKey, ValueRow> rows = new ValueFileReader().read(file, skipped::add);
        assertThat(rows.keySet()).extracting(CustomerKey::id).containsExactly("acme ltd", "delta");
        ValueRow acme = rows.get(CustomerKey.of("acme ltd"));
        assertThat(acme.value().annualValue()).isEqualByComparingTo(new BigDecimal("1200.50"));
        assertThat(acme.value().potential()).isEqualTo(70);
        ValueRow delta = rows.get(CustomerKey.of("Delta"));
        assertThat(delta.value().annualValue()).isNull();
        assertThat(delta.churnedAt()).isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
        assertThat(delta.unworthy()).isTrue();
        assertThat(skipped).extracting(Skipped::position)
                .containsExactly("values.csv:3", "values.csv:4", "values.csv:6", "values.csv:7");
        assertThat(skipped.get(0).reason()).isEqualTo("annual_value: expected a number of 0 or more, got -5");
        assertThat(skipped.get(1).reason()).startsWith("potential: expected a whole number from 0 to 100");
        assertThat(skipped.get(2).reason()).contains("appears twice");
        assertThat(skipped.get(3).reason()).startsWith("annual_value: expected a number");
    }

    @Test
    void missingColumnIsReportedAtTheHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("v.csv");
        Files.writeString(file, "customer,value\nAcme,1\n", StandardCharsets.UTF_8);
        List<Skipped> skipped = new ArrayList<>();
        assertThat(new ValueFileReader().read(file, skipped::add)).isEmpty();
        assertThat(skipped).singleElement().satisfies(s -> {
            assertThat(s.position()).isEqualTo("v.csv:1");
            assertThat(s.reason()).contains("missing annual_value");
        });
    }
}

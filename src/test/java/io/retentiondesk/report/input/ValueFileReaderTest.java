package io.retentiondesk.report.input;

import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.input.ValueRow;
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
        assertThat(skipped.get(0).reason()).isEqualTo(
                "annual_value: expected a number of 0 or more, up to 1000000000000000 with at most 4 decimals, got \"-5\"");
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

    @Test
    void aValueCellWithAHugeExponentOrTooManyDecimalsIsSkippedWithItsLineNeverExpanded(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("values.csv");
        Files.writeString(file, "customer,annual_value,potential\n"
                + "A,1e100000000,1\nB,1e999999999,1\nC,1e-999999999,1\nD,1000000000000000.0001,1\nE,1.00001,1\n"
                + "F,1000000000000000,1\nG,12.3400000,1\nH,1E+3,1\n", StandardCharsets.UTF_8);
        List<Skipped> skipped = new ArrayList<>();
        Map<CustomerKey, ValueRow> rows = new ValueFileReader().read(file, skipped::add);
        assertThat(rows.keySet()).extracting(CustomerKey::id).containsExactly("f", "g", "h");
        assertThat(skipped).extracting(Skipped::position)
                .containsExactly("values.csv:2", "values.csv:3", "values.csv:4", "values.csv:5", "values.csv:6");
        assertThat(skipped).allSatisfy(s -> assertThat(s.reason())
                .startsWith("annual_value: expected a number of 0 or more, up to"));
    }
}

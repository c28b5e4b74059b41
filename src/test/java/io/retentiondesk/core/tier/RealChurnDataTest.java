package io.retentiondesk.core.tier;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.CustomerKey;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tiering and the risk calibration against real public churn data (src/test/resources/fixtures/churn,
 * ../shared/data/churn): evidence, not a fit.
 */
class RealChurnDataTest {
    private static final Path BIGML = Path.of("..", "shared", "data", "churn", "churn-bigml-80.csv");

    @Test
    void telcoCustomersTierByTotalChargesAndHighTiersChurnLess() throws IOException {
        List<CustomerValue> values = new ArrayList<>();
        Map<CustomerKey, Boolean> churned = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/fixtures/churn/Telco-Customer-Churn.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                CustomerKey key = CustomerKey.of(r.get("customerID"));
                String total = r.get("TotalCharges").trim();
                // 11 new customers (tenure 0) have no total yet: unknown value, not zero
                values.add(new CustomerValue(key, total.isEmpty() ? null : new BigDecimal(total), null));
                churned.put(key, r.get("Churn").equals("Yes"));
            }
        }
        assertThat(values).hasSize(7043);
        TierAssignment tiers = new TierAssigner(Policy.defaults().tiering()).assign(values);
        assertThat(tiers.ranked()).isEqualTo(7032);
        Map<Tier, int[]> counts = new EnumMap<>(Tier.class);
        for (CustomerValue v : values) {
            int[] c = counts.computeIfAbsent(tiers.tierOf(v.customer()), t -> new int[2]);
            c[0]++;
            c[1] += churned.get(v.customer()) ? 1 : 0;
        }
        assertThat(counts.get(Tier.UNRATED)[0]).isEqualTo(11);
        // 5 / 15 / 30 / 50 % of the 7,032 ranked customers (ties may move a boundary by a few)
        assertThat(counts.get(Tier.KEY)[0]).isBetween(345, 360);
        assertThat(counts.get(Tier.MAJOR)[0]).isBetween(1040, 1070);
        assertThat(counts.get(Tier.ORDINARY)[0]).isBetween(2090, 2130);
        // long-standing, high-spending customers churn far less than small ones in this data
        double keyChurn = counts.get(Tier.KEY)[1] / (double) counts.get(Tier.KEY)[0];
        double smallChurn = counts.get(Tier.SMALL)[1] / (double) counts.get(Tier.SMALL)[0];
        assertThat(keyChurn).isLessThan(smallChurn / 2);
    }

    /** research-notes §3.4: four or more service contacts ≈ 4.6× the churn risk; the surge signal rests on it. */
    @Test
    void manyServiceContactsMultiplyChurnInTheBigmlData() throws IOException {
        Assumptions.assumeTrue(Files.exists(BIGML),
                "skipped: ../shared/data/churn/churn-bigml-80.csv is absent (no licence to copy it)");
        int[] many = new int[2];
        int[] few = new int[2];
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(BIGML, StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                int[] bucket = Integer.parseInt(r.get("Customer service calls")) >= 4 ? many : few;
                bucket[0]++;
                bucket[1] += Boolean.parseBoolean(r.get("Churn")) ? 1 : 0;
            }
        }
        assertThat(many[0] + few[0]).isEqualTo(2666);
        double ratio = (many[1] / (double) many[0]) / (few[1] / (double) few[0]);
        assertThat(ratio).isGreaterThan(3.5);
    }
}

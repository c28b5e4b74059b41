package io.retentiondesk.jira.service;

import io.retentiondesk.core.CustomerProfile;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.CustomerValue;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.input.ValueProblem;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

/** The value import on the real AO ORM over embedded HSQLDB, in real transactions. */
class ValueImportTest {
    private static final String HEADER = "customer,annual_value,potential,churned_at,churn_type,unworthy\n";
    private EntityManagerActiveObjects ao;
    private CustomerRegistry customers;
    private PolicyStore policies;
    private ValueImport values;

    @BeforeEach
    void database() throws Exception {
        ao = EntityManagerActiveObjects.migratedAll();
        customers = new CustomerRegistry(ao);
        policies = io.retentiondesk.testing.Policies.store();
        values = new ValueImport(customers, policies);
    }

    @Test
    void aBadRowInTheMiddleSavesNothingAndEveryBadLineIsNamed() {
        customers.saveValue(new CustomerValue(CustomerKey.of("Old"), new BigDecimal("10"), 10));
        String csv = HEADER + "Acme,1200,70,,,\n"
                + "x".repeat(300) + ",5,5,,,\n"
                + "Beta,900,80,,,\n"
                + "Gamma,abc,1,,,\n";
        ValueImport.Refused refused = catchThrowableOfType(ValueImport.Refused.class,
                () -> values.apply(ValueImport.Format.CSV, csv));
        assertThat(refused.tooLarge()).isFalse();
        assertThat(refused.problems()).extracting(ValueProblem::line, ValueProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "customer"), org.assertj.core.groups.Tuple.tuple(5, "annual_value"));
        assertThat(refused.problems().get(0).message()).isEqualTo("expected at most 255 characters, got 300");
        assertThat(customers.values()).extracting(v -> v.customer().id()).containsExactly("old");
    }

    @Test
    void aWriteThatFailsHalfWayRollsBackEveryEarlierRow() {
        CustomerRegistry failing = spy(customers);
        doCallRealMethod().doThrow(new IllegalStateException("database gone")).when(failing)
                .importValue(any(), any(), any(), any(), any());
        ValueImport imports = new ValueImport(failing, policies);
        assertThatThrownBy(() -> imports.apply(ValueImport.Format.CSV, HEADER + "Acme,1,1,,,\nBeta,2,2,,,\n"))
                .hasMessage("database gone");
        assertThat(customers.values()).isEmpty();
    }

    @Test
    void everyColumnOfEveryRowLands() {
        values.apply(ValueImport.Format.CSV, HEADER
                + "Acme,1200.5,70,2026-03-14T00:00:00Z,poached_by_competitor,true\n"
                + "Beta,900,,,went elsewhere,false\n");
        CustomerProfile acme = customers.profileOf(CustomerKey.of("acme"));
        assertThat(acme.potential()).isEqualTo(70);
        assertThat(acme.churnedAt()).isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
        assertThat(acme.churnType()).isEqualTo("POACHED_BY_COMPETITOR");
        assertThat(acme.unworthy()).isTrue();
        assertThat(customers.values()).filteredOn(v -> v.customer().id().equals("acme")).singleElement()
                .satisfies(v -> assertThat(v.annualValue()).isEqualByComparingTo("1200.5"));
        CustomerProfile beta = customers.profileOf(CustomerKey.of("beta"));
        assertThat(beta.churnType()).isEqualTo("OTHER");
        assertThat(beta.potential()).isNull();
        assertThat(beta.unworthy()).isFalse();
    }

    @Test
    void anImportKeepsAnEarlierRecordedChurnDateAndLeavesUnsaidFlagsAlone() {
        customers.markChurned(CustomerKey.of("Acme"), Instant.parse("2026-01-01T00:00:00Z"), "FORCED_TO_LEAVE");
        customers.markUnworthy(CustomerKey.of("Acme"), true);
        values.apply(ValueImport.Format.CSV, HEADER + "Acme,5,5,2026-05-01T00:00:00Z,,\n");
        CustomerProfile acme = customers.profileOf(CustomerKey.of("acme"));
        assertThat(acme.churnedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(acme.churnType()).isEqualTo("FORCED_TO_LEAVE");
        assertThat(acme.unworthy()).isTrue();
        values.apply(ValueImport.Format.JSON, "[{\"customer\": \"acme\", \"churned_at\": \"2025-12-01T00:00:00Z\","
                + " \"unworthy\": false}]");
        acme = customers.profileOf(CustomerKey.of("acme"));
        assertThat(acme.churnedAt()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(acme.unworthy()).isFalse();
    }

    @Test
    void aPreviewSaysExactlyWhatTheImportThenDoes() {
        StringBuilder seed = new StringBuilder(HEADER);
        for (int i = 1; i <= 12; i++) {
            seed.append("C").append(i).append(',').append(i * 100).append(",50,,,\n");
        }
        values.apply(ValueImport.Format.CSV, seed.toString());
        String csv = HEADER + "C1,5000,50,,,\n" // the smallest becomes the largest: every tier moves
                + "C2,200,50,,,\n"                 // unchanged
                + "C3,300,90,2026-02-01T00:00:00Z,,\n" // updated: potential and churn
                + "New One,7,7,,,\n";
        Map<CustomerKey, Tier> before = tiers();

        ValueImport.Result preview = values.preview(ValueImport.Format.CSV, csv);
        assertThat(tiers()).isEqualTo(before);
        ValueImport.Result done = values.apply(ValueImport.Format.CSV, csv);

        assertThat(done.preview()).isFalse();
        assertThat(preview.preview()).isTrue();
        assertThat(done.created()).isEqualTo(preview.created()).containsExactly("New One");
        assertThat(done.updated()).isEqualTo(preview.updated()).containsExactly("C1", "C3");
        assertThat(done.unchanged()).isEqualTo(preview.unchanged()).isEqualTo(1);
        assertThat(done.changes()).isEqualTo(preview.changes()).isNotEmpty();
        Map<CustomerKey, Tier> after = tiers();
        for (ValueImport.TierChange c : preview.changes()) {
            assertThat(before.getOrDefault(CustomerKey.of(c.customer()), Tier.UNRATED)).isEqualTo(c.from());
            assertThat(after.get(CustomerKey.of(c.customer()))).isEqualTo(c.to());
        }
        before.forEach((k, t) -> {
            if (preview.changes().stream().noneMatch(c -> CustomerKey.of(c.customer()).equals(k))) {
                assertThat(after.get(k)).as(k.id()).isEqualTo(t);
            }
        });
        ValueImport.Result again = values.preview(ValueImport.Format.CSV, csv);
        assertThat(again.created()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(again.changes()).isEmpty();
    }

    @Test
    void aPreviewOfAFileWithProblemsListsThemAndPromisesNothing() {
        ValueImport.Result preview = values.preview(ValueImport.Format.CSV, HEADER + "Acme,1,1,,,\nBeta,1,1000,,,\n");
        assertThat(preview.importable()).isFalse();
        assertThat(preview.created()).isEmpty();
        assertThat(preview.changes()).isEmpty();
        assertThat(preview.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
        ValueImport.Refused refused = catchThrowableOfType(ValueImport.Refused.class,
                () -> values.apply(ValueImport.Format.CSV, HEADER + "Acme,1,1,,,\nBeta,1,1000,,,\n"));
        assertThat(refused.problems()).isEqualTo(preview.problems());
    }

    private Map<CustomerKey, Tier> tiers() {
        Map<CustomerKey, Tier> out = new HashMap<>();
        customers.values().forEach(v -> out.put(v.customer(), customers.tierOf(v.customer())));
        return out;
    }
}

package io.retentiondesk.jira.setup;

import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.CustomerValue;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.testing.Bundle;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers with a value, counted on a real Active Objects database. */
class CustomerValuesPartTest {
    private final Bundle en = Bundle.of(Locale.ENGLISH);

    @Test
    void noCustomerWithAValueIsMissingAndSaysToImportThem() throws Exception {
        CustomerRegistry customers = new CustomerRegistry(EntityManagerActiveObjects.migratedAll());
        customers.saveValue(new CustomerValue(CustomerKey.of("Acme"), null, 40)); // known, potential only
        SetupLine l = new CustomerValuesPart(customers).lines().get(0);
        assertThat(l.state()).isEqualTo(SetupState.MISSING);
        assertThat(en.text(l.messageKey(), l.arguments().toArray())).isEqualTo("None of the 1 customers known has an "
                + "annual value, so every tier stays Unrated: import the value file.");
        assertThat(l.fixPath()).isEqualTo("/plugins/servlet/retention-desk/admin#rd-values");
    }

    @Test
    void customersWithAValueAreCountedAmongAll() throws Exception {
        CustomerRegistry customers = new CustomerRegistry(EntityManagerActiveObjects.migratedAll());
        customers.saveValue(new CustomerValue(CustomerKey.of("Acme"), new BigDecimal("120000"), 40));
        customers.saveValue(new CustomerValue(CustomerKey.of("Beta"), new BigDecimal("0"), null));
        customers.saveValue(new CustomerValue(CustomerKey.of("Corner Café"), null, 10));
        SetupLine l = new CustomerValuesPart(customers).lines().get(0);
        assertThat(l.state()).isEqualTo(SetupState.INFO);
        assertThat(en.text(l.messageKey(), l.arguments().toArray())).isEqualTo("2 of 3 customers have an annual value.");
    }
}

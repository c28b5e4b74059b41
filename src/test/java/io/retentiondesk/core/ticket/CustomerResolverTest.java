package io.retentiondesk.core.ticket;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerResolverTest {
    private static final Person ANN = new Person(null, "JIRAUSER1", null, "Ann@Acme.Example", "Ann");

    private static TicketBuilder t() {
        return new TicketBuilder("SUP-1", Instant.EPOCH).reporter(ANN);
    }

    @Test
    void organizationWhenExactlyOneElseReporter() {
        CustomerResolver r = new CustomerResolver(CustomerIdentity.ORGANIZATION_THEN_REPORTER);
        assertThat(r.customerOf(t().organization(" Acme Ltd ").build())).contains(CustomerKey.of("acme ltd"));
        assertThat(r.customerOf(t().organization("A").organization("B").build()).orElseThrow().id()).isEqualTo("jirauser1");
        assertThat(r.customerOf(t().build()).orElseThrow().display()).isEqualTo("JIRAUSER1"); // no name: the key
    }

    @Test
    void otherIdentities() {
        assertThat(new CustomerResolver(CustomerIdentity.REPORTER).customerOf(t().organization("Acme").build())
                .orElseThrow().id()).isEqualTo("jirauser1");
        assertThat(new CustomerResolver(CustomerIdentity.ORGANIZATION).customerOf(t().organization("A").organization("B").build())
                .orElseThrow().id()).isEqualTo("a");
        assertThat(new CustomerResolver(CustomerIdentity.EMAIL_DOMAIN).customerOf(t().build()).orElseThrow().id())
                .isEqualTo("acme.example");
        assertThat(new CustomerResolver(CustomerIdentity.REPORTER).customerOf(new TicketBuilder("X-1", Instant.EPOCH).build()))
                .isEmpty();
    }

    @Test
    void reporterIdentityPrefersUsernameThenKeyThenAccountIdThenEmail() {
        assertThat(new Person("name", "key", "acc", "e@x", null).id()).isEqualTo("name");
        assertThat(new Person(null, "key", "acc", "e@x", null).id()).isEqualTo("key");
        assertThat(new Person(null, null, "acc", "e@x", null).id()).isEqualTo("acc");
        assertThat(new Person(null, null, null, "E@X", null).id()).isEqualTo("e@x");
        assertThat(CustomerKey.of(" ACME ")).isEqualTo(CustomerKey.of("acme"));
    }
}

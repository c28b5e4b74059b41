package io.retentiondesk.core.ticket;

import java.util.Objects;
import java.util.Optional;

/** Finds the customer a ticket belongs to under the policy's identity rule (SPEC §1, §11). */
public final class CustomerResolver {
    private final CustomerIdentity identity;

    public CustomerResolver(CustomerIdentity identity) {
        this.identity = Objects.requireNonNull(identity);
    }

    /** The customer's key; empty when the ticket names neither a usable organization nor a reporter. */
    public Optional<CustomerKey> customerOf(Ticket ticket) {
        String raw;
        switch (identity) {
            case REPORTER:
                raw = reporter(ticket);
                break;
            case ORGANIZATION:
                raw = ticket.organizations().isEmpty() ? reporter(ticket) : ticket.organizations().get(0);
                break;
            case EMAIL_DOMAIN:
                raw = ticket.reporter() == null ? null : ticket.reporter().emailDomain();
                break;
            case ORGANIZATION_THEN_REPORTER:
            default:
                raw = ticket.organizations().size() == 1 ? ticket.organizations().get(0) : reporter(ticket);
        }
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(CustomerKey.of(raw));
    }

    private static String reporter(Ticket ticket) {
        return ticket.reporter() == null ? null : ticket.reporter().rawId();
    }
}

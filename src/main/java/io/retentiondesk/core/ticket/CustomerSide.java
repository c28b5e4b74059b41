package io.retentiondesk.core.ticket;

import java.util.HashSet;
import java.util.Set;

/**
 * Who speaks for the customer on one ticket (SPEC §11): the reporter, the request participants and every user
 * who reported any ticket of the same customer in the history read. Everyone else is the agent side.
 * Anonymous comments count as customer side: agents always comment signed in.
 */
public final class CustomerSide {
    private final Set<String> ids;

    private CustomerSide(Set<String> ids) {
        this.ids = ids;
    }

    /**
     * @param customerReporters ids ({@link Person#id()}) of everyone who reported a ticket of the customer
     * @param ticket            the ticket whose reporter and participants join them
     */
    public static CustomerSide of(Set<String> customerReporters, Ticket ticket) {
        Set<String> ids = new HashSet<>(customerReporters);
        add(ids, ticket.reporter());
        ticket.participants().forEach(p -> add(ids, p));
        return new CustomerSide(ids);
    }

    public boolean includes(Person person) {
        if (person == null) {
            return true;
        }
        String id = person.id();
        return id == null || ids.contains(id);
    }

    private static void add(Set<String> ids, Person person) {
        if (person != null && person.id() != null) {
            ids.add(person.id());
        }
    }
}

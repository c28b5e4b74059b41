package io.retentiondesk.core.callback;

import io.retentiondesk.core.ticket.Ticket;

import java.util.List;
import java.util.Locale;

/**
 * Names that make a ticket a complaint (SPEC §4): any issue type, request type, label or component in these
 * lists, compared case-insensitively.
 */
public record ComplaintMatchers(List<String> issueTypes, List<String> requestTypes, List<String> labels,
                                List<String> components) {
    public ComplaintMatchers {
        issueTypes = List.copyOf(issueTypes);
        requestTypes = List.copyOf(requestTypes);
        labels = List.copyOf(labels);
        components = List.copyOf(components);
    }

    public boolean matches(Ticket ticket) {
        return contains(issueTypes, ticket.issueType())
                || contains(requestTypes, ticket.requestType())
                || ticket.labels().stream().anyMatch(l -> contains(labels, l))
                || ticket.components().stream().anyMatch(c -> contains(components, c));
    }

    private static boolean contains(List<String> names, String value) {
        if (value == null) {
            return false;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (String n : names) {
            if (n.trim().toLowerCase(Locale.ROOT).equals(v)) {
                return true;
            }
        }
        return false;
    }

}

package io.retentiondesk.core.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Derives {@link TicketFacts} from a ticket, its comments and its change history as of a time (SPEC §2, §11).
 * Stateless and thread-safe.
 */
public final class TicketFactsCalculator {
    private static final double MILLIS_PER_HOUR = 3_600_000d;

    private final String firstResponseSla;
    private final String resolutionSla;

    /**
     * @param firstResponseSla name of the JSM SLA that measures first response ("Time to first response")
     * @param resolutionSla    name of the JSM SLA that measures resolution ("Time to resolution")
     */
    public TicketFactsCalculator(String firstResponseSla, String resolutionSla) {
        this.firstResponseSla = Objects.requireNonNull(firstResponseSla).toLowerCase(Locale.ROOT);
        this.resolutionSla = Objects.requireNonNull(resolutionSla).toLowerCase(Locale.ROOT);
    }

    public TicketFacts facts(Ticket ticket, CustomerSide side, Instant asOf) {
        List<FieldChange> resolutionChanges = changesUpTo(ticket, FieldChange.Field.RESOLUTION, asOf);
        Instant resolvedAt = null;
        String resolutionName = null;
        if (ticket.resolved() != null && !ticket.resolved().isAfter(asOf)) {
            resolvedAt = ticket.resolved();
            resolutionName = ticket.resolutionName();
        } else if (!resolutionChanges.isEmpty() && last(resolutionChanges).to() != null) {
            resolvedAt = last(resolutionChanges).at();
            resolutionName = last(resolutionChanges).to();
        }
        // Messages and hand-offs after the final resolution do not change how the ticket went.
        Instant cutoff = resolvedAt != null ? resolvedAt : asOf;

        List<Instant> reopenTimes = new ArrayList<>();
        for (FieldChange c : resolutionChanges) {
            if (c.from() != null && c.to() == null && !c.at().isAfter(cutoff)) {
                reopenTimes.add(c.at());
            }
        }

        List<Comment> messages = new ArrayList<>();
        for (Comment c : ticket.comments()) {
            if (!c.created().isAfter(cutoff)) {
                messages.add(c);
            }
        }
        messages.sort(Comparator.comparing(Comment::created));
        int chasers = 0;
        int agentComments = 0;
        Instant firstAgentReply = null;
        boolean previousFromCustomer = true; // the description is the first, customer-side message
        for (Comment c : messages) {
            boolean fromCustomer = side.includes(c.author());
            if (fromCustomer && previousFromCustomer) {
                chasers++;
            }
            if (!fromCustomer) {
                agentComments++;
                if (firstAgentReply == null) {
                    firstAgentReply = c.created();
                }
            }
            previousFromCustomer = fromCustomer;
        }

        int handoffs = 0;
        Instant lastHandoffAt = null;
        String lastAssignee = null;
        boolean first = true;
        for (FieldChange c : changesUpTo(ticket, FieldChange.Field.ASSIGNEE, cutoff)) {
            if (first) {
                lastAssignee = c.from(); // the assignee the ticket was created with
                first = false;
            }
            if (c.to() != null) {
                if (lastAssignee != null && !c.to().equalsIgnoreCase(lastAssignee)) {
                    handoffs++;
                    lastHandoffAt = c.at();
                }
                lastAssignee = c.to();
            }
        }

        double resolutionHours = resolvedAt == null ? Double.NaN : hours(ticket.created(), resolvedAt);
        Instant slaFirstResponse = earliestCompletedStop(ticket, firstResponseSla, asOf);
        double firstResponseHours;
        if (slaFirstResponse != null) {
            firstResponseHours = hours(ticket.created(), slaFirstResponse);
        } else if (firstAgentReply != null) {
            firstResponseHours = hours(ticket.created(), firstAgentReply);
        } else {
            firstResponseHours = resolutionHours;
        }

        Integer rating = resolvedAt != null && ticket.rating() != null
                && (ticket.ratedAt() == null || !ticket.ratedAt().isAfter(asOf)) ? ticket.rating() : null;

        return new TicketFacts(resolvedAt, resolutionName, firstResponseHours, resolutionHours, reopenTimes,
                handoffs, lastHandoffAt, chasers, agentComments, rating, slaBreached(ticket, asOf));
    }

    private Boolean slaBreached(Ticket ticket, Instant asOf) {
        boolean hasData = false;
        boolean breached = false;
        for (SlaCycle cycle : ticket.slaCycles()) {
            String name = cycle.slaName().toLowerCase(Locale.ROOT);
            if (!name.equals(firstResponseSla) && !name.equals(resolutionSla)) {
                continue;
            }
            hasData = true;
            if (cycle.breached() && (!cycle.completed() || !cycle.stopTime().isAfter(asOf))) {
                breached = true;
            }
        }
        return hasData ? breached : null;
    }

    private static Instant earliestCompletedStop(Ticket ticket, String slaName, Instant asOf) {
        Instant earliest = null;
        for (SlaCycle cycle : ticket.slaCycles()) {
            if (cycle.completed() && cycle.slaName().toLowerCase(Locale.ROOT).equals(slaName)
                    && !cycle.stopTime().isAfter(asOf)
                    && (earliest == null || cycle.stopTime().isBefore(earliest))) {
                earliest = cycle.stopTime();
            }
        }
        return earliest;
    }

    private static List<FieldChange> changesUpTo(Ticket ticket, FieldChange.Field field, Instant limit) {
        List<FieldChange> out = new ArrayList<>();
        for (FieldChange c : ticket.changes()) {
            if (c.field() == field && !c.at().isAfter(limit)) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparing(FieldChange::at));
        return out;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    static double hours(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / MILLIS_PER_HOUR;
    }
}

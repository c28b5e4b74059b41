package io.retentiondesk.testing;

import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.report.input.Skipped;
import io.retentiondesk.report.input.TicketSink;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A ticket sink that keeps what a reader gives it: tickets with their positions, skipped records and notices. */
public final class CollectingSink implements TicketSink {
    public final List<Ticket> tickets = new ArrayList<>();
    public final List<String> positions = new ArrayList<>();
    public final List<Skipped> skipped = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();

    @Override
    public void notice(String key, Object... args) {
        notices.add(key + " " + String.join(" ", Stream.of(args).map(String::valueOf).toList()));
    }

    @Override
    public void ticket(String position, Ticket ticket) {
        tickets.add(ticket);
        positions.add(position);
    }

    @Override
    public void skipped(Skipped s) {
        skipped.add(s);
    }
}

package io.retentiondesk.report.input;

import io.retentiondesk.core.ticket.Ticket;

/** Receives what a reader finds, in input order. */
public interface TicketSink {
    void ticket(String position, Ticket ticket);

    void skipped(Skipped skipped);

    /** A warning that skips no record: an i18n key of the command-line texts and its arguments. */
    default void notice(String key, Object... args) {
    }
}

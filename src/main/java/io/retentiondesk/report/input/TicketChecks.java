package io.retentiondesk.report.input;

import io.retentiondesk.core.ticket.SlaCycle;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.input.BadRecordException;

/** Checks across a ticket's fields that no single field can make (SPEC §11 "Bad input, settled"). */
final class TicketChecks {
    private TicketChecks() {
    }

    /**
     * @return the ticket when it is resolved, and its SLA cycles stopped, no earlier than it was created
     * @throws BadRecordException naming the field that comes before the creation date
     */
    static Ticket inOrder(Ticket t, String resolvedField, String slaField) throws BadRecordException {
        if (t.resolved() != null && t.resolved().isBefore(t.created())) {
            throw new BadRecordException(resolvedField + ": expected a date at or after the creation date "
                    + t.created() + ", got " + t.resolved());
        }
        for (SlaCycle c : t.slaCycles()) {
            if (c.stopTime() != null && c.stopTime().isBefore(t.created())) {
                throw new BadRecordException(slaField + " (" + c.slaName() + "): expected a time at or after the "
                        + "creation date " + t.created() + ", got " + c.stopTime());
            }
        }
        return t;
    }
}

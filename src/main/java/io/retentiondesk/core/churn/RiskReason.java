package io.retentiondesk.core.churn;

import java.time.Instant;

/**
 * One of the largest contributions to a customer's risk.
 *
 * @param signal    which signal
 * @param ticketKey on which ticket
 * @param date      when it happened
 * @param points    its points after decay
 */
public record RiskReason(RiskSignal signal, String ticketKey, Instant date, double points) {
}

package io.retentiondesk.core.ticket;

/** Which account a ticket's loyalty belongs to (SPEC §1). */
public enum CustomerIdentity {
    /** The request's organization when it has exactly one, else the reporter. */
    ORGANIZATION_THEN_REPORTER,
    REPORTER,
    /** The request's first organization; tickets without one fall back to the reporter. */
    ORGANIZATION,
    /** The lower-case domain of the reporter's e-mail address. */
    EMAIL_DOMAIN
}

package io.retentiondesk.core.callback;

/** State of the follow-up callback after a resolved complaint (SPEC §4, §11). */
public enum CallbackStatus {
    /** Scheduled, not yet due or attempted successfully. */
    PENDING,
    /** The customer confirmed the recovery. */
    DONE,
    /** The customer is still dissatisfied: the complaint re-opens and escalates. */
    FAILED,
    /** No answer after the maximum number of attempts. */
    UNREACHABLE,
    /** Still pending after its due time. */
    OVERDUE,
    /** An export that cannot say whether anyone called back. */
    UNKNOWN
}

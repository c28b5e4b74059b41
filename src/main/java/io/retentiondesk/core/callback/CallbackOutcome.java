package io.retentiondesk.core.callback;

/** What one callback attempt found. */
public enum CallbackOutcome {
    SATISFIED, STILL_DISSATISFIED, UNREACHABLE
}

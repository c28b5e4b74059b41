package io.retentiondesk.core.satisfaction;

/** Seed 001/002: perceived service above, equal to or below the expected service. */
public enum SatisfactionBand {
    EXCEEDED, MET, BELOW
}

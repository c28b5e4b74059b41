package io.retentiondesk.core.satisfaction;

/** Whether a score includes the customer's own CSAT rating or is predicted from operations alone. */
public enum ScoreSource {
    RATED, PREDICTED
}

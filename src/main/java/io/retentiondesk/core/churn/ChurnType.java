package io.retentiondesk.core.churn;

/**
 * Why a customer was lost (seed 002 §3.3), recorded when a customer is marked churned; it feeds reporting,
 * never the risk score.
 */
public enum ChurnType {
    ABANDONED_BY_COMPANY, LEFT_VOLUNTARILY, POACHED_BY_COMPETITOR, ATTRACTED_BY_COMPETITOR, FORCED_TO_LEAVE, OTHER
}

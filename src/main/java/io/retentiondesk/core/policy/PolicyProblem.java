package io.retentiondesk.core.policy;

/**
 * One thing wrong with a policy document.
 *
 * @param field    the field's path, e.g. {@code risk.halfLifeDays}
 * @param expected what was expected there
 * @param actual   what the document holds ({@code "missing"} when absent)
 */
public record PolicyProblem(String field, String expected, String actual) {
    @Override
    public String toString() {
        return field + ": expected " + expected + ", got " + actual;
    }
}

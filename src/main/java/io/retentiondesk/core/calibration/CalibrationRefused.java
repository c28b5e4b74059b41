package io.retentiondesk.core.calibration;

import java.util.List;

/**
 * Thrown when the history is too short to fit on (SPEC §12): each shortfall says what is missing, with the
 * number found and the number needed, so the caller can word it in the reader's language.
 */
public final class CalibrationRefused extends RuntimeException {
    /** What is missing. */
    public enum Missing {
        /** fewer churners in the customer-months than needed */
        CHURNERS,
        /** fewer calendar months of history than needed */
        MONTHS,
        /** no churner before the hold-out starts, so the hold-out fit has nothing to learn from */
        CHURNERS_BEFORE_HOLD_OUT,
        /** no churner, or no customer who stayed, in the hold-out, so the comparison cannot be made */
        HOLD_OUT_OUTCOMES
    }

    /**
     * @param missing what is missing
     * @param found   how many there are
     * @param needed  how many are needed
     */
    public record Shortfall(Missing missing, long found, long needed) {
    }

    private final List<Shortfall> shortfalls;

    public CalibrationRefused(List<Shortfall> shortfalls) {
        super(describe(shortfalls));
        this.shortfalls = List.copyOf(shortfalls);
    }

    public List<Shortfall> shortfalls() {
        return shortfalls;
    }

    private static String describe(List<Shortfall> shortfalls) {
        StringBuilder sb = new StringBuilder("too little history:");
        for (Shortfall s : shortfalls) {
            sb.append(' ').append(s.missing()).append(' ').append(s.found()).append(" of ").append(s.needed())
                    .append(';');
        }
        return sb.toString();
    }
}

package io.retentiondesk.core.satisfaction;

/**
 * The four observable SERVQUAL dimension gaps of a ticket, each in [−100, 100]; 0 means as promised and
 * positive means better than promised (tangibles cannot be observed in tickets).
 */
public record DimensionGaps(double responsiveness, double reliability, double assurance, double empathy) {
    public DimensionGaps {
        check("responsiveness", responsiveness);
        check("reliability", reliability);
        check("assurance", assurance);
        check("empathy", empathy);
    }

    private static void check(String name, double v) {
        if (!(v >= -100 && v <= 100)) {
            throw new IllegalArgumentException(name + ": expected a gap in [-100, 100], got " + v);
        }
    }
}

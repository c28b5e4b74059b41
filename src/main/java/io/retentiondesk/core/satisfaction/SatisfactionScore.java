package io.retentiondesk.core.satisfaction;

import java.util.Objects;

/**
 * Satisfaction of one resolved ticket: experience − expectation as an integer in [−100, 100].
 *
 * @param score      S
 * @param band       EXCEEDED, MET or BELOW
 * @param source     RATED when a CSAT rating took part
 * @param dimensions the four operational gaps behind it
 */
public record SatisfactionScore(int score, SatisfactionBand band, ScoreSource source, DimensionGaps dimensions) {
    public SatisfactionScore {
        if (score < -100 || score > 100) {
            throw new IllegalArgumentException("score: expected -100 to 100, got " + score);
        }
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dimensions, "dimensions");
    }
}

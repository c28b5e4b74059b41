package io.retentiondesk.jira.panel;

import io.retentiondesk.core.TicketEvaluation;
import io.retentiondesk.core.callback.Callback;
import io.retentiondesk.core.callback.CallbackStatus;
import io.retentiondesk.core.callback.ComplaintCategory;
import io.retentiondesk.core.churn.RiskTicket;
import io.retentiondesk.core.satisfaction.DimensionGaps;
import io.retentiondesk.core.satisfaction.SatisfactionBand;
import io.retentiondesk.core.satisfaction.SatisfactionScore;
import io.retentiondesk.core.satisfaction.ScoreSource;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.ticket.Priority;
import io.retentiondesk.core.ticket.TicketFacts;
import io.retentiondesk.core.tier.Quadrant;
import io.retentiondesk.core.tier.Tier;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The two panels the screenshots and tests show: an at-risk Key customer with an overdue callback, a quiet Small one. */
public final class PanelSamples {
    private PanelSamples() {
    }

    public static TicketEvaluation atRiskKey() {
        TicketFacts facts = facts(Instant.parse("2026-11-20T09:00:00Z"));
        RiskTicket risk = risk("SUP-1042");
        return new TicketEvaluation("SUP-1042", CustomerKey.of("Acme Logistics"), Tier.KEY, Priority.HIGH, facts,
                new SatisfactionScore(-38, SatisfactionBand.BELOW, ScoreSource.RATED,
                        new DimensionGaps(-45, -60, -12, -20)),
                new Callback(CallbackStatus.OVERDUE, Instant.parse("2026-11-24T09:00:00Z"), List.of(),
                        ComplaintCategory.PRODUCT_QUALITY),
                risk);
    }

    public static PanelContent.Stored atRiskKeyStored() {
        return new PanelContent.Stored(Quadrant.IV, false, 78.0, "CRITICAL",
                "CHURN_INTENT SUP-1042 (22.00); CALLBACK_OVERDUE SUP-1042 (15.00); REOPENED SUP-1017 (9.50); SLA_MISSED SUP-990 (3.10)",
                "Ann Agent", null);
    }

    public static TicketEvaluation quietSmall() {
        TicketFacts facts = facts(Instant.parse("2026-11-22T09:00:00Z"));
        RiskTicket risk = risk("SUP-2203");
        return new TicketEvaluation("SUP-2203", CustomerKey.of("Corner Café"), Tier.SMALL, Priority.LOW, facts,
                new SatisfactionScore(12, SatisfactionBand.MET, ScoreSource.PREDICTED, new DimensionGaps(20, 10, 5, 0)),
                null, risk);
    }

    public static PanelContent.Stored quietSmallStored() {
        return new PanelContent.Stored(Quadrant.I, false, 4.0, "LOW", "");
    }

    private static TicketFacts facts(Instant resolved) {
        return new TicketFacts(resolved, "Done", 3, 30, List.of(), 0, null, 0, 1, null, null);
    }

    private static RiskTicket risk(String key) {
        return new RiskTicket(key, Instant.parse("2026-11-18T09:00:00Z"), null, "complaint", java.util.Set.of(), false,
                List.of());
    }

    /** The app's own i18n bundle as Jira's I18nResolver would answer (MessageFormat). */
    public static PanelContent.Texts texts(Locale locale) {
        io.retentiondesk.testing.Bundle bundle = io.retentiondesk.testing.Bundle.of(locale);
        return (key, args) -> bundle.text(key, (Object[]) args);
    }
}

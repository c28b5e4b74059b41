package io.retentiondesk.jira.panel;

import io.retentiondesk.core.TicketEvaluation;
import io.retentiondesk.core.callback.Callback;
import io.retentiondesk.core.callback.CallbackStatus;
import io.retentiondesk.core.satisfaction.DimensionGaps;
import io.retentiondesk.core.satisfaction.SatisfactionScore;
import io.retentiondesk.core.tier.Quadrant;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.WinBackPolicy;
import io.retentiondesk.jira.customfield.RiskReasonsText;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the agent's issue panel shows, as words in the agent's language. Only strings, booleans and lists of
 * strings go to the template: Jira 10+ blocks method calls in Velocity that are not allow-listed. They are raw
 * text: the template renderer, which renders web panels, escapes every one (escaping here would show
 * {@code &amp;lt;}), and no key has a name it prints raw ({@code …Html}, {@code body}, {@code head}).
 */
public final class PanelContent {
    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final int TOP_REASONS = 3;

    /** Resolves an i18n key with arguments in the viewer's language. */
    public interface Texts {
        String text(String key, Serializable... args);
    }

    /**
     * What is stored of the customer and on the ticket's own fields.
     *
     * @param callbackOwner the display name of who is asked to call back, {@code null} when not a user
     * @param callbackRole  the project role whose members are asked to call back, {@code null} when not a role
     */
    public record Stored(Quadrant quadrant, boolean unworthy, Double riskScore, String riskBand, String reasons,
                         String callbackOwner, String callbackRole) {
        public Stored(Quadrant quadrant, boolean unworthy, Double riskScore, String riskBand, String reasons) {
            this(quadrant, unworthy, riskScore, riskBand, reasons, null, null);
        }

        Stored withCallbackOwner(String owner, String role) {
            return new Stored(quadrant, unworthy, riskScore, riskBand, reasons, owner, role);
        }
    }

    private PanelContent() {
    }

    /**
     * @param e      the ticket as the engine sees it now, or {@code null} when it has no customer to evaluate
     * @param stored the customer's quadrant and the churn risk fields
     */
    public static Map<String, Object> of(TicketEvaluation e, Stored stored, Texts t) {
        return of(e, stored, false, t);
    }

    /**
     * @param ratingUnreadable the CSAT field holds something that is not a rating 1–5: the score is predicted, and
     *                         the panel says why rather than letting it pass as "not rated"
     */
    public static Map<String, Object> of(TicketEvaluation e, Stored stored, boolean ratingUnreadable, Texts t) {
        return of(e, stored, ratingUnreadable, key -> false, t);
    }

    /**
     * @param mayName whether the viewer may see the ticket with this key: a reason in another ticket names it only
     *                then, else it says "an earlier ticket" or "another ticket" (SPEC §11, "Who sees what in Jira")
     */
    public static Map<String, Object> of(TicketEvaluation e, Stored stored, boolean ratingUnreadable,
                                         Predicate<String> mayName, Texts t) {
        Map<String, Object> m = new HashMap<>();
        boolean rated = e != null && e.tier() != Tier.UNRATED;
        boolean risk = stored.riskBand() != null;
        boolean scored = e != null && e.satisfaction() != null;
        boolean callback = e != null && e.callback() != null && e.callback().status() != null;
        boolean ratingNote = e != null && ratingUnreadable;
        m.put("rdEmpty", !(rated || risk || scored || callback || ratingNote));
        m.put("rdNothing", t.text("retention.panel.nothing"));
        m.put("rdRatingUnreadable", ratingNote);
        if (ratingNote) {
            m.put("rdRatingNote", t.text("retention.panel.ratingUnreadable"));
        }
        if (e != null) {
            m.put("rdTier", t.text("retention.panel.tier", t.text("retention.tier." + e.tier().name())));
            m.put("rdWinBack", t.text("retention.panel.winback",
                    t.text(WinBackPolicy.of(e.tier(), stored.unworthy()).i18nKey())));
        }
        if (stored.quadrant() != null) {
            m.put("rdQuadrant", t.text("retention.panel.quadrant", stored.quadrant().name(),
                    t.text(stored.quadrant().strategyKey())));
        }
        m.put("rdScored", scored);
        if (scored) {
            SatisfactionScore s = e.satisfaction();
            m.put("rdScore", t.text("retention.panel.score", s.score(),
                    t.text("retention.satisfaction.band." + s.band().name()),
                    t.text("retention.panel.source." + s.source().name())));
            m.put("rdDimensions", dimensions(s.dimensions(), t));
        }
        m.put("rdRisk", risk);
        if (risk) {
            String score = stored.riskScore() == null ? "—" : Long.toString(Math.round(stored.riskScore()));
            m.put("rdRiskLine", t.text("retention.panel.risk", score, t.text("retention.risk.band." + stored.riskBand())));
            List<String> reasons = new ArrayList<>();
            for (RiskReasonsText.Reason r : RiskReasonsText.parse(stored.reasons())) {
                if (reasons.size() == TOP_REASONS) {
                    break;
                }
                String ticket = r.ticketKey() != null && mayName.test(r.ticketKey()) ? r.ticketKey()
                        : t.text(r.earlier() ? "retention.panel.ticket.earlier" : "retention.panel.ticket.another");
                reasons.add(capitalised(t.text("retention.risk.reason." + r.signal().name(), ticket)));
            }
            m.put("rdReasons", reasons);
            m.put("rdRiskHelp", t.text("retention.panel.riskHelp"));
        }
        m.put("rdCallback", callback);
        if (callback) {
            Callback c = e.callback();
            m.put("rdCallbackLine", t.text("retention.panel.callback", DUE.format(c.due()),
                    t.text("retention.callback.status." + c.status().name())));
            m.put("rdCallbackOverdue", c.status() == CallbackStatus.OVERDUE);
            m.put("rdScript", t.text("retention.panel.script", e.key()));
            if (stored.callbackOwner() != null) {
                m.put("rdCallbackOwner", t.text("retention.panel.callbackOwner", stored.callbackOwner()));
            } else if (stored.callbackRole() != null) {
                m.put("rdCallbackOwner", t.text("retention.panel.callbackOwnerRole", stored.callbackRole()));
            }
            m.put("rdRemedy", c.category() == null ? "" : t.text("retention.panel.remedy", t.text(c.category().remedyKey())));
        }
        return m;
    }

    /** "an earlier ticket was re-opened" begins a sentence: its first letter is made upper case. */
    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence
                : sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1);
    }

    private static List<String> dimensions(DimensionGaps g, Texts t) {
        if (g == null) {
            return List.of();
        }
        return List.of(dimension("responsiveness", g.responsiveness(), t), dimension("reliability", g.reliability(), t),
                dimension("assurance", g.assurance(), t), dimension("empathy", g.empathy(), t));
    }

    private static String dimension(String name, double gap, Texts t) {
        return t.text("retention.panel.dimension", t.text("retention.panel.dimension." + name),
                String.format(Locale.ROOT, "%+d", Math.round(gap)));
    }
}

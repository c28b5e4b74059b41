package io.retentiondesk.jira.customfield;

import io.retentiondesk.core.churn.RiskReason;
import io.retentiondesk.core.churn.RiskSignal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The churn-risk reasons as text: codes, not words, so JQL ({@code "Churn risk reasons" ~ CHURN_INTENT}) works in
 * every language; the issue panel words them.
 *
 * <p>Two forms. The <i>field</i> form, stored on a ticket and searchable by anyone who can browse it, names only that
 * ticket: {@code CHURN_INTENT SUP-7 (22.05); COMPLAINT in an earlier ticket (8.00)} (SPEC §11, "Who sees what in
 * Jira"). The <i>customer</i> form, kept with the customer's latest risk, names each reason's ticket without points
 * ({@code COMPLAINT SUP-3}), so the panel can name a ticket to a viewer who may browse it.
 */
public final class RiskReasonsText {
    static final String EARLIER = "in an earlier ticket";
    static final String ANOTHER = "in another ticket";
    /** How many reasons the customer form keeps: more than the panel shows, in order. */
    static final int KEPT = 10;

    private RiskReasonsText() {
    }

    /**
     * @param ownKey     the key of the ticket the field is on
     * @param ownCreated its creation: another ticket's reason dated before it is "in an earlier ticket"
     */
    public static String forField(List<RiskReason> reasons, String ownKey, Instant ownCreated) {
        return reasons.stream().map(r -> String.format(Locale.ROOT, "%s %s (%.2f)", r.signal(),
                        r.ticketKey().equalsIgnoreCase(ownKey) ? r.ticketKey()
                                : ownCreated != null && r.date().isBefore(ownCreated) ? EARLIER : ANOTHER,
                        r.points()))
                .collect(Collectors.joining("; "));
    }

    /** The customer form: the first {@value #KEPT} reasons with their tickets' keys, no points (they decay daily). */
    public static String forCustomer(List<RiskReason> reasons) {
        return reasons.stream().limit(KEPT).map(r -> r.signal() + " " + r.ticketKey())
                .collect(Collectors.joining("; "));
    }

    /** The reasons a text of either form names, in order; parts that are not a known signal are left out. */
    public static List<Reason> parse(String text) {
        List<Reason> reasons = new ArrayList<>();
        if (text == null) {
            return reasons;
        }
        for (String part : text.split(";")) {
            String[] words = part.trim().split("\\s+");
            if (words.length >= 2 && known(words[0])) {
                boolean unnamed = words[1].equals("in");
                reasons.add(new Reason(RiskSignal.valueOf(words[0]), unnamed ? null : words[1],
                        unnamed && part.contains(EARLIER)));
            }
        }
        return reasons;
    }

    private static boolean known(String code) {
        for (RiskSignal s : RiskSignal.values()) {
            if (s.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One reason as a text names it.
     *
     * @param ticketKey the ticket's key, {@code null} when the text does not name it
     * @param earlier   for an unnamed ticket, whether it is an earlier one
     */
    public record Reason(RiskSignal signal, String ticketKey, boolean earlier) {
    }
}

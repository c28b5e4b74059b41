package io.retentiondesk.jira.customfield;

import io.retentiondesk.core.churn.RiskReason;
import io.retentiondesk.core.churn.RiskSignal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The "Churn risk reasons" field text: {@code SIGNAL ISSUE-KEY (points)} joined by "; ". Codes, not words, so
 * JQL ({@code "Churn risk reasons" ~ CHURN_INTENT}) works in every language; the issue panel words them.
 */
public final class RiskReasonsText {
    private RiskReasonsText() {
    }

    public static String format(List<RiskReason> reasons) {
        return reasons.stream()
                .map(r -> String.format(Locale.ROOT, "%s %s (%.2f)", r.signal(), r.ticketKey(), r.points()))
                .collect(Collectors.joining("; "));
    }

    /** The reasons a field text names, in order; parts that are not a known signal and a key are left out. */
    public static List<Reason> parse(String text) {
        List<Reason> reasons = new ArrayList<>();
        if (text == null) {
            return reasons;
        }
        for (String part : text.split(";")) {
            String[] words = part.trim().split("\\s+");
            if (words.length >= 2 && known(words[0])) {
                reasons.add(new Reason(RiskSignal.valueOf(words[0]), words[1]));
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

    /** One reason as the field names it. */
    public record Reason(RiskSignal signal, String ticketKey) {
    }
}

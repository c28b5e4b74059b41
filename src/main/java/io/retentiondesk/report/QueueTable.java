package io.retentiondesk.report;

import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.churn.RiskReason;
import io.retentiondesk.report.input.Skipped;

import java.io.PrintStream;
import java.util.List;

/** The churn-risk queue and the run's totals on the terminal. */
final class QueueTable {
    private static final int ROWS = 20;
    private static final int SKIPPED_SHOWN = 10;
    private final Messages messages;

    QueueTable(Messages messages) {
        this.messages = messages;
    }

    void print(ReportResult r, PrintStream out) {
        out.println(messages.get("retention.cli.totals", r.read(), r.scored(), r.skipped().size(), r.afterAsOf(),
                r.customers().size()));
        List<Skipped> skipped = r.skipped();
        for (int i = 0; i < Math.min(SKIPPED_SHOWN, skipped.size()); i++) {
            out.println("  " + Terminal.clean(messages.get("retention.cli.skippedLine", skipped.get(i).position(),
                    skipped.get(i).reason())));
        }
        if (skipped.size() > SKIPPED_SHOWN) {
            out.println("  " + messages.get("retention.cli.more", skipped.size() - SKIPPED_SHOWN));
        }
        r.notices().forEach(n -> out.println("  " + Terminal.clean(n)));
        if (r.tieringLowConfidence()) {
            out.println(messages.get("retention.cli.lowConfidence"));
        }
        List<CustomerStanding> queue = r.queue();
        out.println();
        out.println(messages.get("retention.cli.queueTitle", Math.min(ROWS, queue.size()), queue.size()));
        out.println(row(messages.get("retention.cli.col.customer"), messages.get("retention.cli.col.tier"),
                messages.get("retention.cli.col.risk"), messages.get("retention.cli.col.band"),
                messages.get("retention.cli.col.reason"), messages.get("retention.cli.col.priority")));
        for (CustomerStanding c : queue.subList(0, Math.min(ROWS, queue.size()))) {
            List<RiskReason> reasons = c.risk().reasons();
            String reason = reasons.isEmpty() ? "—" : messages.get(reasons.get(0).signal().reasonKey(),
                    reasons.get(0).ticketKey());
            out.println(row(Terminal.clean(c.customer().display()), c.tier().name(), String.valueOf(c.risk().score()),
                    c.risk().band().name(), Terminal.clean(reason), String.valueOf(c.winBackPriority())));
        }
    }

    private static String row(String customer, String tier, String risk, String band, String reason, String priority) {
        return pad(customer, 28) + " " + pad(tier, 9) + " " + padLeft(risk, 5) + " " + pad(band, 9) + " "
                + pad(reason, 58) + " " + padLeft(priority, 8);
    }

    /** Cuts or pads to a terminal width; CJK characters take two columns. */
    static String pad(String s, int width) {
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = io.retentiondesk.core.churn.Words.isCjk(cp) || (cp >= 0xFF00 && cp <= 0xFFEF) ? 2 : 1;
            if (used + w > width - (i + Character.charCount(cp) < s.length() ? 1 : 0)) {
                out.append('…');
                used++;
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out + " ".repeat(Math.max(0, width - used));
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}

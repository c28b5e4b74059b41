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
            out.println("  " + messages.get("retention.cli.skippedLine", skipped.get(i).position(),
                    skipped.get(i).reason()));
        }
        if (skipped.size() > SKIPPED_SHOWN) {
            out.println("  " + messages.get("retention.cli.more", skipped.size() - SKIPPED_SHOWN));
        }
        r.notices().forEach(n -> out.println("  " + n));
        if (r.tieringLowConfidence()) {
            out.println(messages.get("retention.cli.lowConfidence"));
        }
        List<CustomerStanding> queue = r.queue();
        out.println();
        out.println(messages.get("retention.cli.queueTitle", Math.min(ROWS, queue.size()), queue.size()));
        String format = "%-28s %-9s %5s %-9s %-58s %8s%n";
        out.printf(format, messages.get("retention.cli.col.customer"), messages.get("retention.cli.col.tier"),
                messages.get("retention.cli.col.risk"), messages.get("retention.cli.col.band"),
                messages.get("retention.cli.col.reason"), messages.get("retention.cli.col.priority"));
        for (CustomerStanding c : queue.subList(0, Math.min(ROWS, queue.size()))) {
            List<RiskReason> reasons = c.risk().reasons();
            String reason = reasons.isEmpty() ? "—" : messages.get(reasons.get(0).signal().reasonKey(),
                    reasons.get(0).ticketKey());
            out.printf(format, cut(c.customer().display(), 28), c.tier(), c.risk().score(), c.risk().band(),
                    cut(reason, 58), c.winBackPriority());
        }
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}

package io.retentiondesk.report.output;

import io.retentiondesk.chart.ChartRenderer;
import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.churn.RiskReason;
import io.retentiondesk.core.rates.ChurnRateCalculator;
import io.retentiondesk.core.rates.RateRow;
import io.retentiondesk.core.satisfaction.SatisfactionBand;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.report.ReportResult;
import io.retentiondesk.report.input.Skipped;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * Writes report.html: one self-contained page (inline CSS and SVG, no script, no external URL) with the risk
 * and satisfaction bands per tier, churn and retention by month, the churn-risk queue and the skipped records.
 * Every value from the data is HTML-escaped.
 */
public final class HtmlReportWriter {
    private static final int QUEUE_ROWS = 25;
    private static final int RATE_PERIODS = 12;
    private static final int SKIPPED_ROWS = 200;
    private static final List<Color> RISK_COLOURS = List.of(new Color(0x36, 0xB3, 0x7E), new Color(0xFF, 0xC4, 0x00),
            new Color(0xFF, 0x8B, 0x00), new Color(0xDE, 0x35, 0x0B), new Color(0x97, 0xA0, 0xAF));
    private static final List<Color> SATISFACTION_COLOURS = List.of(new Color(0x36, 0xB3, 0x7E),
            new Color(0x4C, 0x9A, 0xFF), new Color(0xDE, 0x35, 0x0B));
    private static final List<Color> RATE_COLOURS = List.of(new Color(0xDE, 0x35, 0x0B), new Color(0x36, 0xB3, 0x7E));
    private static final String CSS = """
            body{font-family:-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;color:#172B4D;
            margin:0;background:#F4F5F7}header{background:#0052CC;color:#fff;padding:16px 32px}
            header h1{margin:0;font-size:22px;font-weight:600}header p{margin:4px 0 0;opacity:.9}
            main{padding:16px 32px;max-width:1200px}section{background:#fff;border-radius:4px;padding:16px 20px;
            margin:0 0 16px;box-shadow:0 1px 1px rgba(9,30,66,.25)}h2{font-size:16px;margin:0 0 12px}
            .charts{display:flex;flex-wrap:wrap;gap:16px}.charts section{flex:1 1 540px}
            table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:6px 8px;
            border-bottom:1px solid #DFE1E6}th{color:#5E6C84;font-weight:600}td.n{text-align:right}
            .lozenge{display:inline-block;border-radius:3px;padding:1px 6px;font-size:11px;font-weight:700}
            .LOW{background:#E3FCEF;color:#006644}.MEDIUM{background:#FFF0B3;color:#172B4D}
            .HIGH{background:#FFE2BD;color:#A54800}.CRITICAL{background:#FFEBE6;color:#BF2600}
            .CHURNED{background:#DFE1E6;color:#42526E}.note{color:#5E6C84;font-size:13px}.low{color:#A54800}
            """;

    private final Locale locale;
    private final ResourceBundle bundle;

    public HtmlReportWriter(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/retention-desk", locale);
    }

    public void write(ReportResult r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(render(r));
        }
    }

    String render(ReportResult r) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(e(locale.toLanguageTag())).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(t("retention.report.title")).append("</title><style>").append(CSS)
                .append("</style></head><body>\n<header><h1>").append(t("retention.report.title")).append("</h1><p>")
                .append(t("retention.report.summary", JsonReportWriter.instant(r.asOf()), r.read(), r.scored(),
                        r.skipped().size(), r.customers().size()))
                .append("</p></header>\n<main>\n");
        if (r.tieringLowConfidence()) {
            h.append("<section class=\"note low\">").append(t("retention.report.lowConfidence")).append("</section>\n");
        }
        h.append("<div class=\"charts\">");
        h.append("<section><h2>").append(t("retention.report.chart.risk")).append("</h2>")
                .append(ChartRenderer.stackedBars("risk", t("retention.report.axis.customers"), riskData(r), RISK_COLOURS))
                .append("</section>");
        h.append("<section><h2>").append(t("retention.report.chart.satisfaction")).append("</h2>")
                .append(ChartRenderer.stackedBars("sat", t("retention.report.axis.tickets"), satisfactionData(r),
                        SATISFACTION_COLOURS))
                .append("</section></div>\n");
        h.append("<section><h2>").append(t("retention.report.chart.rates")).append("</h2>")
                .append(ChartRenderer.lines("rates", "%", rateData(r), RATE_COLOURS)).append("</section>\n");
        queue(h, r);
        rates(h, r);
        skipped(h, r);
        h.append("</main></body></html>\n");
        return h.toString();
    }

    private void queue(StringBuilder h, ReportResult r) {
        List<CustomerStanding> queue = r.queue();
        h.append("<section><h2>").append(t("retention.report.queue", Math.min(QUEUE_ROWS, queue.size()), queue.size()))
                .append("</h2><p class=\"note\">").append(t("retention.report.riskHelp")).append("</p><table><tr>");
        for (String col : new String[] {"customer", "tier", "quadrant", "risk", "band", "reason", "priority"}) {
            h.append("<th>").append(t("retention.report.col." + col)).append("</th>");
        }
        h.append("</tr>\n");
        for (CustomerStanding c : queue.subList(0, Math.min(QUEUE_ROWS, queue.size()))) {
            List<RiskReason> reasons = c.risk().reasons();
            String reason = reasons.isEmpty() ? "—"
                    : t(reasons.get(0).signal().reasonKey(), reasons.get(0).ticketKey());
            h.append("<tr><td>").append(e(c.customer().display())).append("</td><td>")
                    .append(t("retention.tier." + c.tier().name())).append("</td><td>")
                    .append(c.quadrant() == null ? "—" : e(c.quadrant().name())).append("</td><td class=\"n\">")
                    .append(c.risk().score()).append("</td><td><span class=\"lozenge ").append(c.risk().band().name())
                    .append("\">").append(t("retention.risk.band." + c.risk().band().name())).append("</span></td><td>")
                    .append(reason).append("</td><td class=\"n\">").append(c.winBackPriority()).append("</td></tr>\n");
        }
        h.append("</table></section>\n");
    }

    private void rates(StringBuilder h, ReportResult r) {
        Map<YearMonth, Map<String, RateRow>> byPeriod = new TreeMap<>();
        for (RateRow row : r.rates()) {
            byPeriod.computeIfAbsent(row.period(), k -> new TreeMap<>()).put(row.tier(), row);
        }
        List<YearMonth> periods = new ArrayList<>(byPeriod.keySet());
        periods = periods.subList(Math.max(0, periods.size() - RATE_PERIODS), periods.size());
        h.append("<section><h2>").append(t("retention.report.rates")).append("</h2><p class=\"note\">")
                .append(t("retention.report.ratesHelp")).append("</p><table><tr><th>")
                .append(t("retention.report.col.period")).append("</th>");
        List<String> tiers = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            tiers.add(tier.name());
        }
        tiers.add(ChurnRateCalculator.ALL);
        for (String tier : tiers) {
            h.append("<th>").append(tier.equals(ChurnRateCalculator.ALL) ? t("retention.report.all")
                    : t("retention.tier." + tier)).append("</th>");
        }
        h.append("</tr>\n");
        for (YearMonth p : periods) {
            h.append("<tr><td>").append(e(p)).append("</td>");
            for (String tier : tiers) {
                RateRow row = byPeriod.get(p).get(tier);
                h.append("<td>");
                if (row == null || row.churnRate() == null) {
                    h.append("—");
                } else {
                    h.append(t("retention.report.rateCell", pct(row.churnRate()), pct(row.retentionRate()), row.base()));
                    if (row.lowConfidence()) {
                        h.append(" <span class=\"low\" title=\"").append(t("retention.report.lowBase")).append("\">*</span>");
                    }
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table></section>\n");
    }

    private void skipped(StringBuilder h, ReportResult r) {
        List<Skipped> skipped = r.skipped();
        h.append("<section><h2>").append(t("retention.report.skipped", skipped.size())).append("</h2>");
        if (!skipped.isEmpty()) {
            h.append("<table><tr><th>").append(t("retention.report.col.position")).append("</th><th>")
                    .append(t("retention.report.col.problem")).append("</th></tr>\n");
            for (Skipped s : skipped.subList(0, Math.min(SKIPPED_ROWS, skipped.size()))) {
                h.append("<tr><td>").append(e(s.position())).append("</td><td>").append(e(s.reason())).append("</td></tr>\n");
            }
            h.append("</table>");
            if (skipped.size() > SKIPPED_ROWS) {
                h.append("<p class=\"note\">").append(t("retention.report.moreSkipped", skipped.size() - SKIPPED_ROWS))
                        .append("</p>");
            }
        }
        h.append("</section>\n");
    }

    private DefaultCategoryDataset riskData(ReportResult r) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        Map<Tier, Map<RiskBand, Integer>> counts = r.riskByTier();
        for (RiskBand band : RiskBand.values()) {
            for (Tier tier : Tier.values()) {
                d.addValue(counts.get(tier).get(band), raw("retention.risk.band." + band.name()),
                        raw("retention.tier." + tier.name()));
            }
        }
        return d;
    }

    private DefaultCategoryDataset satisfactionData(ReportResult r) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (SatisfactionBand band : SatisfactionBand.values()) {
            for (Tier tier : Tier.values()) {
                d.addValue(r.satisfactionByTier().get(tier).get(band), raw("retention.satisfaction.band." + band.name()),
                        raw("retention.tier." + tier.name()));
            }
        }
        return d;
    }

    private DefaultCategoryDataset rateData(ReportResult r) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        String churn = raw("retention.report.series.churn");
        String retention = raw("retention.report.series.retention");
        for (RateRow row : r.rates()) {
            if (row.tier().equals(ChurnRateCalculator.ALL)) {
                String period = row.period().toString();
                d.addValue(row.churnRate() == null ? null : row.churnRate() * 100, churn, period);
                d.addValue(row.retentionRate() == null ? null : row.retentionRate() * 100, retention, period);
            }
        }
        return d;
    }

    private String pct(double fraction) {
        return String.format(locale, "%.1f %%", fraction * 100);
    }

    /** Translated text with escaped arguments, for HTML. */
    private String t(String key, Object... args) {
        Object[] escaped = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            escaped[i] = args[i] instanceof Number ? args[i] : e(args[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(escaped);
    }

    /** Translated text without markup, for chart labels (SVG text is escaped by JFreeSVG). */
    private String raw(String key) {
        return bundle.getString(key);
    }

    private static String e(Object value) {
        return HtmlEscaper.escape(value);
    }
}

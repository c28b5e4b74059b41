package io.retentiondesk.report.output;

import io.retentiondesk.chart.ChartRenderer;

import io.retentiondesk.core.calibration.CalibrationFigures;
import io.retentiondesk.core.calibration.CalibrationResult;
import io.retentiondesk.report.ReportResult;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes calibration.html: one self-contained page like report.html (inline CSS and SVG, no script, no external
 * URL): what was fitted on, whether to apply the points, the points before and after with their intervals, the
 * hold-out's AUCs and churn by band, and predicted against observed churn by score decile. Every value is
 * HTML-escaped.
 */
public final class CalibrationHtmlWriter {
    private static final List<Color> PLOT_COLOURS = List.of(new Color(0x00, 0x52, 0xCC), new Color(0xDE, 0x35, 0x0B));
    private static final String CSS = """
            body{font-family:-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;color:#172B4D;
            margin:0;background:#F4F5F7}header{background:#0052CC;color:#fff;padding:16px 32px}
            header h1{margin:0;font-size:22px;font-weight:600}header p{margin:4px 0 0;opacity:.9}
            main{padding:16px 32px;max-width:1200px}section{background:#fff;border-radius:4px;padding:16px 20px;
            margin:0 0 16px;box-shadow:0 1px 1px rgba(9,30,66,.25)}h2{font-size:16px;margin:0 0 12px}
            table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:6px 8px;
            border-bottom:1px solid #DFE1E6}th{color:#5E6C84;font-weight:600}td.n{text-align:right}
            .note{color:#5E6C84;font-size:13px}.apply{border-left:4px solid #36B37E}.keep{border-left:4px solid #FF8B00}
            .up{color:#BF2600}.down{color:#006644}section{overflow-x:auto}
            """;

    private final Locale locale;
    private final ResourceBundle bundle;

    public CalibrationHtmlWriter(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/retention-desk", locale);
    }

    public void write(CalibrationResult r, ReportResult read, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(render(r, read));
        }
    }

    String render(CalibrationResult r, ReportResult read) {
        CalibrationFigures f = CalibrationFigures.of(r);
        StringBuilder h = new StringBuilder(32 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(e(locale.toLanguageTag())).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(t("retention.calibration.title")).append("</title><style>").append(CSS)
                .append("</style></head><body>\n<header><h1>").append(t("retention.calibration.title")).append("</h1><p>")
                .append(t("retention.calibration.html.summary", JsonReportWriter.instant(r.asOf()), read.read(),
                        read.skipped().size(), r.months(), r.firstMonth(), r.customerMonths(), r.churners()))
                .append("</p></header>\n<main>\n");
        h.append("<section class=\"").append(f.apply() ? "apply" : "keep").append("\"><h2>")
                .append(t(f.recommendationKey())).append("</h2><p>")
                .append(t("retention.calibration.html.holdOut", f.holdOutFrom(), f.holdOutTo(), f.holdOutCustomers(),
                        f.holdOutChurners(), f.aucDefault(), f.aucFitted()))
                .append("</p><p class=\"note\">").append(t("retention.calibration.html.claims")).append("</p></section>\n");
        points(h, f);
        bands(h, f);
        plot(h, r.holdOut(), f);
        h.append("</main></body></html>\n");
        return h.toString();
    }

    private void points(StringBuilder h, CalibrationFigures f) {
        h.append("<section><h2>").append(t("retention.calibration.html.points")).append("</h2><p class=\"note\">")
                .append(t("retention.calibration.html.pointsHelp", f.halfLife(), f.defaultHalfLife(), f.priorSd()))
                .append("</p><table><tr>");
        for (String col : new String[] {"signal", "default", "fitted", "interval", "occurrences", "churners"}) {
            h.append("<th>").append(t("retention.calibration.col." + col)).append("</th>");
        }
        h.append("</tr>\n");
        for (CalibrationFigures.SignalRow s : f.signals()) {
            String change = switch (s.change()) {
                case UP -> "up";
                case DOWN -> "down";
                case SAME -> "";
            };
            h.append("<tr><td>").append(t(s.nameKey()))
                    .append(" <span class=\"note\">").append(e(s.signal().name())).append("</span></td><td class=\"n\">")
                    .append(e(s.defaultPoints())).append("</td><td class=\"n ").append(change).append("\">")
                    .append(s.fittedPoints()).append("</td><td class=\"n\">")
                    .append(s.interval() != null ? e(s.interval()) : t("retention.calibration.noEvidence"))
                    .append("</td><td class=\"n\">").append(s.occurrences()).append("</td><td class=\"n\">")
                    .append(s.churners()).append("</td></tr>\n");
        }
        h.append("</table></section>\n");
    }

    private void bands(StringBuilder h, CalibrationFigures f) {
        h.append("<section><h2>").append(t("retention.calibration.html.bands")).append("</h2><table><tr><th>")
                .append(t("retention.calibration.col.band")).append("</th><th>")
                .append(t("retention.calibration.col.withDefault")).append("</th><th>")
                .append(t("retention.calibration.col.withFitted")).append("</th></tr>\n");
        for (CalibrationFigures.BandRow b : f.bands()) {
            h.append("<tr><td>").append(t(b.nameKey())).append("</td><td>")
                    .append(rate(b.withDefault())).append("</td><td>").append(rate(b.withFitted())).append("</td></tr>\n");
        }
        h.append("</table></section>\n");
    }

    private void plot(StringBuilder h, CalibrationResult.HoldOut ho, CalibrationFigures f) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String predicted = bundle.getString("retention.calibration.series.predicted");
        String observed = bundle.getString("retention.calibration.series.observed");
        double max = 1;
        for (CalibrationResult.Decile d : ho.deciles()) {
            String label = String.valueOf(d.decile());
            data.addValue(d.predicted() * 100, predicted, label);
            data.addValue(d.observed() * 100, observed, label);
            max = Math.max(max, Math.max(d.predicted(), d.observed()) * 100);
        }
        h.append("<section><h2>").append(t("retention.calibration.html.plot")).append("</h2><p class=\"note\">")
                .append(t("retention.calibration.html.plotHelp")).append("</p>")
                .append(ChartRenderer.lines("calibration", "%", data, PLOT_COLOURS, Math.ceil(max * 1.1)))
                .append("<table><tr>");
        for (String col : new String[] {"decile", "scores", "customers", "predicted", "observed"}) {
            h.append("<th>").append(t("retention.calibration.col." + col)).append("</th>");
        }
        h.append("</tr>\n");
        for (CalibrationFigures.DecileRow d : f.deciles()) {
            h.append("<tr><td>").append(d.decile()).append("</td><td>").append(e(d.scores())).append("</td><td class=\"n\">")
                    .append(d.customers()).append("</td><td class=\"n\">").append(e(d.predicted()))
                    .append("</td><td class=\"n\">").append(e(d.observed())).append(" (").append(d.churners())
                    .append(")</td></tr>\n");
        }
        h.append("</table></section>\n");
    }

    private String rate(CalibrationFigures.BandCell b) {
        return b.rate() == null ? CalibrationFigures.NONE : t("retention.calibration.bandCell", b.rate(), b.churners(),
                b.customers());
    }

    /** Translated text with escaped arguments, for HTML. */
    private String t(String key, Object... args) {
        Object[] escaped = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            escaped[i] = args[i] instanceof Number ? args[i] : e(args[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(escaped);
    }

    private static String e(Object value) {
        return HtmlEscaper.escape(value);
    }
}

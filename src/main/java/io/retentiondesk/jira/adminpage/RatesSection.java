package io.retentiondesk.jira.adminpage;

import io.retentiondesk.core.rates.ChurnRateCalculator;
import io.retentiondesk.core.rates.RateRow;
import io.retentiondesk.chart.ChartRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The admin page's rates: one line of text per month and tier, and a chart of the monthly churn rate per tier.
 * The chart is SVG drawn by JFreeChart from months, rates and the app's own tier names (JFreeSVG escapes every
 * label), so it is the one value a template prints raw: its context key {@code ratesChartHtml} ends in
 * {@code Html} on purpose, which the template renderer prints unescaped. {@code TemplateEscapingTest} allows that
 * key alone and checks that the labels come out escaped.
 */
public final class RatesSection {
    private static final Logger LOG = LoggerFactory.getLogger(RatesSection.class);
    private static final List<Color> TIER_COLOURS = List.of(new Color(0x00, 0x52, 0xCC), new Color(0x36, 0xB3, 0x7E),
            new Color(0xFF, 0xAB, 0x00), new Color(0xDE, 0x35, 0x0B), new Color(0x6B, 0x77, 0x8C),
            new Color(0x17, 0x2B, 0x4D));

    private RatesSection() {
    }

    /** @param tierName the viewer's word for a tier name or {@code ALL} */
    public static List<String> lines(List<RateRow> rows, Function<String, String> tierName,
                                     Function<Object[], String> cell) {
        List<String> lines = new ArrayList<>();
        for (RateRow r : rows) {
            if (r.base() == 0) {
                continue;
            }
            lines.add(cell.apply(new Object[] {r.period().toString(), tierName.apply(r.tier()), percent(r.churnRate()),
                    percent(r.retentionRate()), r.base(), r.lowConfidence() ? "*" : ""}));
        }
        return lines;
    }

    /**
     * @return the chart as inline SVG, or empty when there is nothing to draw or the host does not give the bundle
     *         the JDK's {@code javax.swing} (JFreeChart's listener lists), an optional import: the page then shows
     *         the lines alone rather than failing
     */
    public static String chartHtml(List<RateRow> rows, Function<String, String> tierName) {
        try {
            return chart(rows, tierName);
        } catch (LinkageError e) {
            LOG.warn("Retention Desk: the rates chart is not drawn, the host does not export {}", e.getMessage());
            return "";
        }
    }

    private static String chart(List<RateRow> rows, Function<String, String> tierName) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double max = 0;
        for (RateRow r : rows) {
            if (r.churnRate() != null && (r.base() > 0 || ChurnRateCalculator.ALL.equals(r.tier()))) {
                data.addValue(100 * r.churnRate(), tierName.apply(r.tier()), r.period().toString());
                max = Math.max(max, 100 * r.churnRate());
            }
        }
        if (data.getRowCount() == 0) {
            return "";
        }
        // monthly churn is usually a few percent: scale the axis to the data, in steps of 5 points
        return ChartRenderer.lines("rd-rates", "%", data, TIER_COLOURS, Math.min(100, 5 * Math.ceil(max * 1.2 / 5)));
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }
}

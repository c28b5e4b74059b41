package io.retentiondesk.report.output;

import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.churn.RiskAssessment;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.core.churn.RiskReason;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.rates.RateRow;
import io.retentiondesk.core.satisfaction.SatisfactionBand;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.core.tier.Quadrant;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.WinBackPolicy;
import io.retentiondesk.report.ReportResult;
import io.retentiondesk.report.input.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportWriterTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"'><img src=x onerror=alert(1)>";
    private static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");

    @Test
    void pageIsSelfContainedWithThreeChartsAndEscapesEveryValue(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        new HtmlReportWriter(Locale.ENGLISH).write(result(), file);
        String html = Files.readString(file);
        assertThat(html.split("<svg", -1)).hasSize(4);
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script");
        assertThat(html).doesNotContain("<img").doesNotContain(IMG);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("As of 2026-06-30T00:00:00Z: 1,234 tickets read, 1,000 scored, 1 records skipped, 3 customers");
        assertThat(html).contains("not a probability");
        assertThat(html).contains("—"); // the empty base of 2026-05
        assertThat(html).contains("10.0 % churn / 90.0 % kept (n=20)");
    }

    @Test
    void chineseLocaleRendersChineseHeadings(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        new HtmlReportWriter(Locale.SIMPLIFIED_CHINESE).write(result(), file);
        String html = Files.readString(file);
        assertThat(html).contains("流失风险队列").contains("关键客户").contains("不是概率");
    }

    @Test
    void outputIsDeterministic(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        new HtmlReportWriter(Locale.ENGLISH).write(result(), a);
        new HtmlReportWriter(Locale.ENGLISH).write(result(), b);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    }

    private static ReportResult result() {
        CustomerStanding hostile = new CustomerStanding(CustomerKey.of(IMG), Tier.KEY, Quadrant.IV,
                new RiskAssessment(80, RiskBand.CRITICAL, List.of(new RiskReason(RiskSignal.CHURN_INTENT, SCRIPT,
                        AS_OF, 30)), 80), WinBackPolicy.WIN_BACK_AT_ALL_COSTS, 320, null, false);
        CustomerStanding churned = new CustomerStanding(CustomerKey.of("Gone Ltd"), Tier.MAJOR, null,
                RiskAssessment.churned(), WinBackPolicy.WIN_BACK_AT_ALL_COSTS, 300, AS_OF.minusSeconds(86_400), false);
        CustomerStanding unworthy = new CustomerStanding(CustomerKey.of("Fraud Inc"), Tier.SMALL, Quadrant.I,
                new RiskAssessment(10, RiskBand.LOW, List.of(), 5), WinBackPolicy.DROP, null, null, true);
        Map<Tier, Map<SatisfactionBand, Integer>> sat = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            Map<SatisfactionBand, Integer> m = new EnumMap<>(SatisfactionBand.class);
            for (SatisfactionBand b : SatisfactionBand.values()) {
                m.put(b, t.ordinal() + b.ordinal());
            }
            sat.put(t, m);
        }
        List<RateRow> rates = List.of(
                new RateRow(YearMonth.of(2026, 4), "ALL", 20, 2, 0.1, 0.9, true),
                new RateRow(YearMonth.of(2026, 5), "ALL", 0, 0, null, null, true));
        return new ReportResult(AS_OF, 1234, 1000, 0, List.of(new Skipped("x.json#1", SCRIPT)), List.of(),
                List.of(hostile, churned, unworthy), rates, sat, false);
    }
}

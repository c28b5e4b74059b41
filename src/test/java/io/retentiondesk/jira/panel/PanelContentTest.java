package io.retentiondesk.jira.panel;

import io.retentiondesk.plugin.JiraVelocity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class PanelContentTest {
    private final PanelContent.Texts en = PanelSamples.texts(Locale.ENGLISH);

    @Test
    void atRiskKeyCustomerShowsTierQuadrantScoreDimensionsTopThreeReasonsAndTheOverdueCallback() throws Exception {
        // the viewer may browse SUP-1042, not SUP-1017
        Map<String, Object> m = PanelContent.of(PanelSamples.atRiskKey(), PanelSamples.atRiskKeyStored(), false,
                key -> key.equals("SUP-1042"), en);
        assertThat(m.get("rdEmpty")).isEqualTo(false);
        assertThat(m.get("rdTier")).isEqualTo("Customer tier: Key");
        assertThat((String) m.get("rdQuadrant")).startsWith("Quadrant IV: Top priority");
        assertThat(m.get("rdScore")).isEqualTo("Satisfaction -38 (Below, with the customer's rating)");
        assertThat((List<Object>) m.get("rdDimensions")).containsExactly("Responsiveness: -45", "Reliability: -60",
                "Assurance: -12", "Empathy: -20");
        assertThat(m.get("rdRiskLine")).isEqualTo("Churn risk 78 of 100: Critical");
        assertThat((List<Object>) m.get("rdReasons")).containsExactly("The customer spoke of leaving in SUP-1042",
                "The callback for the complaint in SUP-1042 is overdue",
                "Another ticket was re-opened: the first fix did not hold");
        assertThat(m.get("rdCallbackLine")).isEqualTo("Callback due 2026-11-24 09:00 UTC: overdue");
        assertThat(m.get("rdCallbackOverdue")).isEqualTo(true);
        assertThat((String) m.get("rdScript")).contains("SUP-1042");
        assertThat(m.get("rdRemedy")).isEqualTo("Remedy: Apologise, then replace or refund");
        assertThat(m.get("rdWinBack")).isEqualTo("If this customer leaves: Win back at all costs");
        assertThat(render(m)).contains("rd-overdue", "Churn risk 78 of 100").doesNotContain("rd-compact");
    }

    @Test
    void quietSmallCustomerHasNoCallbackAndNoReasons() throws Exception {
        Map<String, Object> m = PanelContent.of(PanelSamples.quietSmall(), PanelSamples.quietSmallStored(), en);
        assertThat(m.get("rdCallback")).isEqualTo(false);
        assertThat((List<Object>) m.get("rdReasons")).isEmpty();
        assertThat(m.get("rdWinBack")).isEqualTo("If this customer leaves: Do not pursue");
        assertThat(render(m)).contains("Satisfaction 12 (Met, predicted from the service)").doesNotContain("rd-callback");
    }

    @Test
    void anUnreadableRatingIsSaidAboveThePredictedScoreInEitherLanguage() throws Exception {
        Map<String, Object> m = PanelContent.of(PanelSamples.quietSmall(), PanelSamples.quietSmallStored(), true, en);
        assertThat(m.get("rdRatingUnreadable")).isEqualTo(true);
        String html = render(m);
        assertThat(html).contains("Rating not readable: the customer&#39;s rating could not be read from the Satisfaction"
                + " field, so the score below is predicted.");
        assertThat(html.indexOf("rd-rating-unreadable")).isLessThan(html.indexOf("Satisfaction 12 (Met, predicted"));
        Map<String, Object> zh = PanelContent.of(PanelSamples.quietSmall(), PanelSamples.quietSmallStored(), true,
                PanelSamples.texts(Locale.SIMPLIFIED_CHINESE));
        assertThat((String) zh.get("rdRatingNote")).startsWith("评分无法读取");
        assertThat(render(PanelContent.of(PanelSamples.quietSmall(), PanelSamples.quietSmallStored(), en)))
                .as("a readable or absent rating says nothing").doesNotContain("rd-rating-unreadable");
    }

    @Test
    void nothingToShowGivesTheCompactView() throws Exception {
        Map<String, Object> m = PanelContent.of(null, new PanelContent.Stored(null, false, null, null, null), en);
        assertThat(m.get("rdEmpty")).isEqualTo(true);
        assertThat(render(m)).contains("rd-compact", "Nothing to show yet").doesNotContain("rd-tier");
    }

    @Test
    void simplifiedChineseWordsEveryLine() throws Exception {
        Map<String, Object> m = PanelContent.of(PanelSamples.atRiskKey(), PanelSamples.atRiskKeyStored(),
                PanelSamples.texts(Locale.SIMPLIFIED_CHINESE));
        assertThat(m.get("rdTier")).isEqualTo("客户层级：关键客户");
        assertThat((String) m.get("rdRiskLine")).startsWith("流失风险 78/100");
    }

    /** The words are raw text: the template renderer escapes them once (TemplateEscapingTest does so for every key). */
    @Test
    void everyValueIsEscapedOnceEvenWhenTheWordsThemselvesCarryMarkup() throws Exception {
        String hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)> R&amp;D";
        PanelContent.Texts hostileTexts = (key, args) -> hostile;
        Map<String, Object> m = PanelContent.of(PanelSamples.atRiskKey(), PanelSamples.atRiskKeyStored(), hostileTexts);
        assertThat(m.get("rdTier")).isEqualTo(hostile);
        assertThat(render(m)).doesNotContain("<script", "<img", "\"'>", "&amp;lt;")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt; R&amp;amp;D");
    }

    /** The panel is a velocity web panel: the Atlassian Template Renderer renders it. */
    static String render(Map<String, Object> context) {
        return JiraVelocity.renderAtr("templates/panel/retention-panel.vm", context, null);
    }
}

package io.retentiondesk.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import io.retentiondesk.jira.ao.CustomerRegistry;
import io.retentiondesk.jira.bridge.JsmFields;
import io.retentiondesk.jira.customfield.RetentionFieldWriter;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.jira.service.TicketScoring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RetentionIssuePanelTest {
    private final TicketScoring scoring = mock(TicketScoring.class);
    private final CustomerRegistry customers = mock(CustomerRegistry.class);
    private final RetentionFieldWriter fields = mock(RetentionFieldWriter.class);
    private final PolicyStore policies = new PolicyStore(MapPluginSettings.over(new HashMap<>()));
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final JsmFields jsm = mock(JsmFields.class);
    private final RetentionIssuePanel panel = new RetentionIssuePanel(scoring, customers, fields, policies, i18n, jsm);
    private final Issue issue = mock(Issue.class);

    @BeforeEach
    void wire() {
        PanelContent.Texts en = PanelSamples.texts(Locale.ENGLISH);
        when(i18n.getText(anyString())).thenAnswer(a -> en.text(a.getArgument(0)));
        when(i18n.getText(anyString(), any(java.io.Serializable[].class))).thenAnswer(a -> {
            Object[] all = a.getArguments();
            return en.text((String) all[0], java.util.Arrays.copyOfRange(all, 1, all.length, java.io.Serializable[].class));
        });
        when(scoring.evaluate(issue)).thenReturn(PanelSamples.quietSmall());
        when(customers.profileOf(any())).thenReturn(io.retentiondesk.core.CustomerProfile.UNKNOWN);
    }

    @Test
    void aRatingTheAppCannotReadIsSaidOnThePanelNotPassedOffAsUnrated() {
        when(jsm.rating(issue)).thenReturn(new JsmFields.Rating.Unreadable("java.lang.Object"));
        Map<String, Object> out = panel.getContextMap(Map.of("issue", issue));
        assertThat(out.get("rdRatingUnreadable")).isEqualTo(true);
        assertThat((String) out.get("rdRatingNote")).startsWith("Rating not readable");
        assertThat((String) out.get("rdScore")).contains("predicted from the service");
    }

    @Test
    void anAbsentRatingSaysNothingMore() {
        when(jsm.rating(issue)).thenReturn(JsmFields.Rating.ABSENT);
        Map<String, Object> out = panel.getContextMap(Map.of("issue", issue));
        assertThat(out.get("rdRatingUnreadable")).isEqualTo(false);
        assertThat(out).doesNotContainKey("rdRatingNote");
    }
}

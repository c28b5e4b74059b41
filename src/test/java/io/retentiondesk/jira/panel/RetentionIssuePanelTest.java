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

@SuppressWarnings("unchecked")
class RetentionIssuePanelTest {
    private final TicketScoring scoring = mock(TicketScoring.class);
    private final CustomerRegistry customers = mock(CustomerRegistry.class);
    private final RetentionFieldWriter fields = mock(RetentionFieldWriter.class);
    private final PolicyStore policies = io.retentiondesk.testing.Policies.store();
    private final I18nResolver i18n = io.retentiondesk.testing.Bundle.of(Locale.ENGLISH).resolver();
    private final JsmFields jsm = mock(JsmFields.class);
    private final com.atlassian.jira.issue.IssueManager issues = mock(com.atlassian.jira.issue.IssueManager.class);
    private final com.atlassian.jira.security.PermissionManager permissions =
            mock(com.atlassian.jira.security.PermissionManager.class);
    private final com.atlassian.jira.security.JiraAuthenticationContext viewer =
            mock(com.atlassian.jira.security.JiraAuthenticationContext.class);
    private final io.retentiondesk.jira.ao.CallbackSchedule schedule = mock(io.retentiondesk.jira.ao.CallbackSchedule.class);
    private final com.atlassian.jira.user.util.UserManager users = mock(com.atlassian.jira.user.util.UserManager.class);
    private final RetentionIssuePanel panel = new RetentionIssuePanel(scoring, customers, fields, policies, i18n, jsm,
            issues, permissions, viewer, schedule, users);
    private final Issue issue = mock(Issue.class);

    @BeforeEach
    void wire() {
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

    @Test
    void aReasonInAnotherTicketNamesItOnlyToAViewerWhoMayBrowseIt() {
        when(issue.getKey()).thenReturn("SUP-9");
        when(jsm.rating(issue)).thenReturn(JsmFields.Rating.ABSENT);
        when(customers.latestRisk(any())).thenReturn(java.util.Optional.of(new CustomerRegistry.LatestRisk(61, "HIGH",
                "CHURN_INTENT SUP-3; REOPENED SUP-9; COMPLAINT HR-1")));
        com.atlassian.jira.user.ApplicationUser agent = mock(com.atlassian.jira.user.ApplicationUser.class);
        when(viewer.getLoggedInUser()).thenReturn(agent);
        com.atlassian.jira.issue.MutableIssue sup3 = mock(com.atlassian.jira.issue.MutableIssue.class);
        com.atlassian.jira.issue.MutableIssue hr1 = mock(com.atlassian.jira.issue.MutableIssue.class);
        when(issues.getIssueObject("SUP-3")).thenReturn(sup3);
        when(issues.getIssueObject("HR-1")).thenReturn(hr1);
        when(permissions.hasPermission(com.atlassian.jira.permission.ProjectPermissions.BROWSE_PROJECTS, sup3, agent))
                .thenReturn(true);
        when(permissions.hasPermission(com.atlassian.jira.permission.ProjectPermissions.BROWSE_PROJECTS, hr1, agent))
                .thenReturn(false);

        Map<String, Object> out = panel.getContextMap(Map.of("issue", issue));
        assertThat(out.get("rdRiskLine").toString()).contains("61");
        assertThat((java.util.List<Object>) out.get("rdReasons")).containsExactly(
                "The customer spoke of leaving in SUP-3",
                "SUP-9 was re-opened: the first fix did not hold",
                "The customer complained in another ticket");
    }

    @Test
    void beforeTheCustomerKeepsItsRiskTheFieldsReasonsAreShownWithoutOtherTickets() {
        when(issue.getKey()).thenReturn("SUP-9");
        when(jsm.rating(issue)).thenReturn(JsmFields.Rating.ABSENT);
        when(fields.valueOf(issue, io.retentiondesk.jira.customfield.RetentionField.CHURN_RISK_BAND)).thenReturn("HIGH");
        when(fields.valueOf(issue, io.retentiondesk.jira.customfield.RetentionField.CHURN_RISK_REASONS))
                .thenReturn("REOPENED in an earlier ticket (20.00)");
        Map<String, Object> out = panel.getContextMap(Map.of("issue", issue));
        assertThat((java.util.List<Object>) out.get("rdReasons"))
                .containsExactly("An earlier ticket was re-opened: the first fix did not hold");
    }

    @Test
    void theCallbackSaysWhoIsAskedToMakeIt() {
        when(issue.getKey()).thenReturn("SUP-1042");
        when(issue.getId()).thenReturn(1042L);
        when(jsm.rating(issue)).thenReturn(JsmFields.Rating.ABSENT);
        when(scoring.evaluate(issue)).thenReturn(PanelSamples.atRiskKey()); // a resolved complaint, callback overdue
        com.atlassian.jira.user.ApplicationUser ann = mock(com.atlassian.jira.user.ApplicationUser.class);
        when(ann.getDisplayName()).thenReturn("Ann Agent");
        when(users.getUserByKey("agent-7")).thenReturn(ann);

        when(schedule.ownerOf(1042L)).thenReturn("agent-7");
        assertThat(panel.getContextMap(Map.of("issue", issue)).get("rdCallbackOwner")).isEqualTo("Callback by Ann Agent");
        when(schedule.ownerOf(1042L)).thenReturn("role:Customer success");
        assertThat(panel.getContextMap(Map.of("issue", issue)).get("rdCallbackOwner"))
                .isEqualTo("Callback by a member of the project role Customer success");
        when(schedule.ownerOf(1042L)).thenReturn(null);
        assertThat(panel.getContextMap(Map.of("issue", issue))).doesNotContainKey("rdCallbackOwner");
    }
}

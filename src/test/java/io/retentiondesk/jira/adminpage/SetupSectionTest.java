package io.retentiondesk.jira.adminpage;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.retentiondesk.jira.setup.FixedPart;
import io.retentiondesk.jira.setup.JiraScreens;
import io.retentiondesk.jira.setup.SetupCheck;
import io.retentiondesk.jira.setup.SetupLine;
import io.retentiondesk.jira.setup.SetupState;
import io.retentiondesk.plugin.JiraVelocity;
import io.retentiondesk.testing.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The setup section on its real template, as the Template Renderer renders it: every state, both languages, escaped. */
class SetupSectionTest {
    private static final String HOSTILE = "<script>alert(1)</script>\"'&";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;";

    /** A line in each state, with Jira names that are markup: a workflow, a transition, a project, a user. */
    private static final FixedPart PART = new FixedPart(30,
            new SetupLine("retention.setup.workflow.score_satisfaction.title", SetupState.OK, "retention.setup.workflow.on",
                    List.of(HOSTILE + " workflow: " + HOSTILE + " transition"), JiraScreens.workflow(HOSTILE)),
            new SetupLine("retention.setup.workflow.project.title", SetupState.MISSING, "retention.setup.workflow.project.bare",
                    List.of(HOSTILE + " project", "SUP", HOSTILE + " workflow"), JiraScreens.projectWorkflows("SUP")),
            new SetupLine("retention.setup.workflow.assess_churn_risk.title", SetupState.AMBIGUOUS,
                    "retention.setup.workflow.on", List.of("Two workflows"), JiraScreens.WORKFLOWS),
            new SetupLine("retention.setup.job.title", SetupState.NOT_SCHEDULED, "retention.setup.job.notScheduled", List.of(),
                    JiraScreens.MANAGE_APPS),
            new SetupLine("retention.setup.work.dead.title", SetupState.FAILING, "retention.setup.work.dead", List.of("3", "5"),
                    JiraScreens.adminPage("rd-dead")),
            new SetupLine("retention.setup.runas.title", SetupState.INFO, "retention.setup.runas.current",
                    List.of(HOSTILE + " bot", "bot"), null));

    private static String render(Locale locale) throws Exception {
        Bundle bundle = Bundle.of(locale);
        TemplateRenderer renderer = mock(TemplateRenderer.class);
        doAnswer(a -> {
            Map<String, Object> context = a.getArgument(1);
            ((Writer) a.getArgument(2)).write(JiraVelocity.renderAtr(a.getArgument(0), context, context.get("i18n")));
            return null;
        }).when(renderer).render(anyString(), any(), any());
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/jira/");
        return new SetupSection(new SetupCheck(List.of(PART)), application, renderer).html(bundle.resolver());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh_CN"})
    void everyStateIsShownInTheAdminsLanguageWithItsLozengeAndFixLinkAndEveryNameAsText(String language) throws Exception {
        Locale locale = language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Bundle bundle = Bundle.of(locale);
        String html = render(locale);
        for (SetupState state : SetupState.values()) {
            assertThat(html).as(state.name()).contains("data-state=\"" + state.name() + "\"",
                    ">" + bundle.text("retention.setup.state." + state.name()) + "</span>");
        }
        assertThat(html).contains("aui-lozenge-success", "aui-lozenge-error", "aui-lozenge-moved", "aui-lozenge-subtle",
                "<h2>" + bundle.text("retention.setup") + "</h2>",
                bundle.text("retention.setup.summary.attention", "4"),
                "<td>" + bundle.text("retention.setup.workflow.project.title") + "</td>",
                bundle.text("retention.setup.workflow.project.bare", ESCAPED + " project", "SUP", ESCAPED + " workflow"),
                bundle.text("retention.setup.runas.current", ESCAPED + " bot", "bot"),
                "href=\"https://jira.example.com/jira/plugins/servlet/project-config/SUP/workflows\"",
                "href=\"https://jira.example.com/jira/secure/admin/workflows/ViewWorkflowSteps.jspa?workflowMode=live&amp;"
                        + "workflowName=%3Cscript%3Ealert%281%29%3C%2Fscript%3E%22%27%26\"",
                ESCAPED + " workflow: " + ESCAPED + " transition");
        assertThat(html).doesNotContain("<script", "&amp;lt;", "\"'&");
        // the run-as line has no screen: no link
        String runAs = html.substring(html.indexOf("data-state=\"INFO\""));
        assertThat(runAs.substring(0, runAs.indexOf("</tr>"))).doesNotContain("<a ");
    }
}

package io.retentiondesk.jira.setup;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import io.retentiondesk.testing.Bundle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The workflow lines over real workflow descriptors: where each post-function is, where it is missing, whose projects. */
class WorkflowsPartTest {
    private static final String SERVICE_DESK = Workflows.xml("service-desk-workflow.xml");
    private static final String PLAIN = Workflows.xml("plain-workflow.xml");
    private final Bundle en = Bundle.of(Locale.ENGLISH);
    private final Projects projects = new Projects();
    private final WorkflowManager workflows = mock(WorkflowManager.class);
    private final IssueType request = Projects.issueType("10100", "Service request", false);
    private final IssueType incident = Projects.issueType("10101", "Incident", false);
    private final IssueType subTask = Projects.issueType("10102", "Sub-task", true);
    private final WorkflowsPart part = new WorkflowsPart(projects.checked(), workflows);

    private void uses(Project project, IssueType type, JiraWorkflow workflow) {
        when(workflows.getWorkflow(project.getId(), type.getId())).thenReturn(workflow);
    }

    private String words(SetupLine line) {
        return en.text(line.messageKey(), line.arguments().toArray());
    }

    private SetupLine line(List<SetupLine> lines, AppWorkflowModule module) {
        return lines.stream().filter(l -> l.titleKey().equals(module.titleKey())).findFirst().orElseThrow();
    }

    @Test
    void aWorkflowWithThePostFunctionsOnTheirTransitionsIsOkListingThem() {
        JiraWorkflow sd = Workflows.workflow("Service desk workflow", SERVICE_DESK);
        Project sup = projects.add("service_desk", "SUP", "Support", request, incident);
        uses(sup, request, sd);
        uses(sup, incident, sd);
        List<SetupLine> lines = part.lines();
        assertThat(lines).hasSize(AppWorkflowModule.values().length).allMatch(l -> l.state() == SetupState.OK);
        assertThat(words(line(lines, AppWorkflowModule.ASSIGN_CUSTOMER_TIER))).isEqualTo("On Service desk workflow: Create.");
        assertThat(words(line(lines, AppWorkflowModule.SCORE_SATISFACTION)))
                .isEqualTo("On Service desk workflow: Resolve this issue.");
        assertThat(words(line(lines, AppWorkflowModule.CALLBACK_OUTCOME_REQUIRED)))
                .isEqualTo("On Service desk workflow: Callback failed: re-open, Log callback.");
        assertThat(line(lines, AppWorkflowModule.RECORD_CALLBACK_OUTCOME).fixPath())
                .isEqualTo("/secure/admin/workflows/ViewWorkflowSteps.jspa?workflowMode=live&workflowName=Service+desk+workflow");
    }

    @Test
    void aWorkflowWithoutThemIsMissingNamedWithWhatToAddAndWhereTheyAreAlready() {
        Project sup = projects.add("service_desk", "SUP", "Support", request, incident, subTask);
        uses(sup, request, Workflows.workflow("Service desk workflow", SERVICE_DESK));
        uses(sup, incident, Workflows.workflow("IT incident workflow", PLAIN));
        List<SetupLine> lines = part.lines();
        assertThat(lines).hasSize(AppWorkflowModule.values().length).allMatch(l -> l.state() == SetupState.MISSING);
        assertThat(words(line(lines, AppWorkflowModule.SCORE_SATISFACTION))).isEqualTo("Not in IT incident workflow: add it "
                + "to the transition that resolves a ticket. Found: Service desk workflow: Resolve this issue.");
        assertThat(words(line(lines, AppWorkflowModule.ASSIGN_CUSTOMER_TIER))).isEqualTo("Not on Create in IT incident "
                + "workflow: add it to the Create transition, first, before \"Creates the issue originally\". Found: "
                + "Service desk workflow: Create.");
        assertThat(words(line(lines, AppWorkflowModule.CALLBACK_OUTCOME_REQUIRED))).startsWith("Not in IT incident workflow: "
                + "add it to the Log callback and \"Callback failed: re-open\" transitions.");
        assertThat(line(lines, AppWorkflowModule.SCORE_SATISFACTION).fixPath())
                .isEqualTo("/secure/admin/workflows/ViewWorkflowSteps.jspa?workflowMode=live&workflowName=IT+incident+workflow");
        verify(workflows, never()).getWorkflow(any(), eq("10102")); // a sub-task is not a ticket
    }

    @Test
    void aProjectOnNoWorkflowWithThemIsNamedWithItsWorkflowsAndItsSettingsPage() {
        Project sup = projects.add("service_desk", "SUP", "Support", request);
        Project hr = projects.add("service_desk", "HR", "HR help desk", request, incident);
        uses(sup, request, Workflows.workflow("Service desk workflow", SERVICE_DESK));
        uses(hr, request, Workflows.workflow("HR workflow", PLAIN));
        uses(hr, incident, Workflows.workflow("HR incidents", PLAIN));
        List<SetupLine> lines = part.lines();
        SetupLine hrLine = lines.get(lines.size() - 1);
        assertThat(hrLine.titleKey()).isEqualTo(WorkflowsPart.PROJECT_TITLE);
        assertThat(hrLine.state()).isEqualTo(SetupState.MISSING);
        assertThat(words(hrLine)).isEqualTo("HR help desk (HR) runs on HR workflow, HR incidents, and none of them has a "
                + "Retention Desk post-function: add them as the workflow lines say.");
        assertThat(hrLine.fixPath()).isEqualTo("/plugins/servlet/project-config/HR/workflows");
        assertThat(lines).filteredOn(l -> l.titleKey().equals(WorkflowsPart.PROJECT_TITLE)).hasSize(1);
        // two workflows lack each of them: the line sends the admin to the list of workflows
        assertThat(line(lines, AppWorkflowModule.SCORE_SATISFACTION).arguments().get(0)).isEqualTo("HR incidents, HR workflow");
        assertThat(line(lines, AppWorkflowModule.SCORE_SATISFACTION).fixPath()).isEqualTo(JiraScreens.WORKFLOWS);
    }

    /** A project whose issue types have no workflow (only sub-tasks here) gets its own line, and no workflow is judged. */
    @Test
    void aProjectWithoutAnyWorkflowIsOneLineAndNoPostFunctionIsCalledOk() {
        projects.add("service_desk", "SUP", "Support", subTask);
        assertThat(part.lines()).singleElement().satisfies(l -> {
            assertThat(l.titleKey()).isEqualTo(WorkflowsPart.PROJECT_TITLE);
            assertThat(l.state()).isEqualTo(SetupState.MISSING);
            assertThat(words(l)).startsWith("Support (SUP) runs on —, and none of them");
        });
    }

    @Test
    void withoutAServiceProjectThereIsOneLineSayingSo() {
        projects.add("software", "DEV", "Development", request);
        assertThat(part.lines()).singleElement().satisfies(l -> {
            assertThat(l.state()).isEqualTo(SetupState.MISSING);
            assertThat(l.messageKey()).isEqualTo(WorkflowsPart.NO_PROJECTS);
            assertThat(l.fixPath()).isEqualTo(JiraScreens.PROJECTS);
        });
    }

    @Test
    void assignCustomerTierAfterTheIssueIsCreatedIsToBeMovedFirst() {
        String late = SERVICE_DESK.replace("io.retentiondesk.jira.workflow.AssignCustomerTierFunction", "@TIER@")
                .replace("com.atlassian.jira.workflow.function.issue.IssueCreateFunction",
                        "io.retentiondesk.jira.workflow.AssignCustomerTierFunction")
                .replace("@TIER@", "com.atlassian.jira.workflow.function.issue.IssueCreateFunction");
        Project sup = projects.add("service_desk", "SUP", "Support", request);
        uses(sup, request, Workflows.workflow("Service desk workflow", late));
        SetupLine tier = line(part.lines(), AppWorkflowModule.ASSIGN_CUSTOMER_TIER);
        assertThat(tier.state()).isEqualTo(SetupState.MISSING);
        assertThat(words(tier)).isEqualTo("On Create in Service desk workflow, but after \"Creates the issue originally\": "
                + "move it first, so its fields are saved with the new issue.");
    }

    /** Names come out as Jira holds them (the page escapes them); the fix link encodes the workflow's name. */
    @Test
    void hostileWorkflowAndTransitionNamesAreKeptAsTextAndEncodedInTheLink() {
        String hostile = "<script>alert(1)</script>&\"'";
        String xml = SERVICE_DESK.replace("name=\"Resolve this issue\"", "name=\"&lt;img src=x&gt; Resolve\"");
        Project sup = projects.add("service_desk", "SUP", "Support", request);
        uses(sup, request, Workflows.workflow(hostile, xml));
        List<SetupLine> lines = part.lines();
        assertThat(line(lines, AppWorkflowModule.SCORE_SATISFACTION).arguments())
                .containsExactly(hostile + ": <img src=x> Resolve");
        assertThat(line(lines, AppWorkflowModule.SCORE_SATISFACTION).fixPath()).isEqualTo("/secure/admin/workflows/"
                + "ViewWorkflowSteps.jspa?workflowMode=live&workflowName=%3Cscript%3Ealert%281%29%3C%2Fscript%3E%26%22%27");
    }
}

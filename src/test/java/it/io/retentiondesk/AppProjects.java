package it.io.retentiondesk;

import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.bc.project.ProjectCreationData;
import com.atlassian.jira.bc.project.ProjectService;
import com.atlassian.jira.bc.workflow.WorkflowSchemeService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.jira.workflow.WorkflowUtil;
import com.atlassian.jira.workflow.migration.MigrationHelperFactory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.junit.Assert.assertTrue;

/**
 * Opens a fresh project (Jira's "business" type, default schemes) on its own copy of the wired tests' workflow,
 * and deletes it afterwards. The workflows and schemes stay, under the project's unique key. A component of the
 * test plugin.
 */
public class AppProjects {
    private final ProjectService projects;
    private final WorkflowManager workflows;
    private final WorkflowSchemeManager workflowSchemes;
    private final WorkflowSchemeService workflowSchemeService;
    private final MigrationHelperFactory migrations;
    private final ConstantsManager constants;
    private final JiraUsers users;

    public AppProjects(ProjectService projects, WorkflowManager workflows, WorkflowSchemeManager workflowSchemes,
                       WorkflowSchemeService workflowSchemeService, MigrationHelperFactory migrations,
                       ConstantsManager constants, JiraUsers users) {
        this.projects = Objects.requireNonNull(projects);
        this.workflows = Objects.requireNonNull(workflows);
        this.workflowSchemes = Objects.requireNonNull(workflowSchemes);
        this.workflowSchemeService = Objects.requireNonNull(workflowSchemeService);
        this.migrations = Objects.requireNonNull(migrations);
        this.constants = Objects.requireNonNull(constants);
        this.users = Objects.requireNonNull(users);
    }

    public AppProject open() throws Exception {
        ApplicationUser admin = users.admin();
        String key = uniqueKey();
        ProjectService.CreateProjectValidationResult valid = projects.validateCreateProject(admin,
                new ProjectCreationData.Builder().withName("Retention wired " + key).withKey(key)
                        .withType("business").withLead(admin).build());
        assertTrue(String.valueOf(valid.getErrorCollection()), valid.isValid());
        Project project = projects.createProject(valid);

        String name = "Retention Desk wired tests " + key;
        workflows.createWorkflow(admin, new ConfigurableJiraWorkflow(name,
                WorkflowUtil.convertXMLtoWorkflowDescriptor(workflowXml()), workflows));
        AssignableWorkflowScheme.Builder scheme = workflowSchemes.assignableBuilder();
        scheme.setName(name);
        scheme.setDefaultWorkflow(name);
        ServiceOutcome<AssignableWorkflowScheme> created = workflowSchemeService.createScheme(admin, scheme.build());
        assertTrue(String.valueOf(created.getErrorCollection()), created.isValid());
        migrations.createMigrationHelper(project, created.getReturnedValue()).associateProjectAndWorkflowScheme();
        return new AppProject(project, ticketType(project));
    }

    public void delete(AppProject project) {
        ApplicationUser admin = users.admin();
        ProjectService.DeleteProjectValidationResult valid = projects.validateDeleteProject(admin, project.key());
        assertTrue(String.valueOf(valid.getErrorCollection()), valid.isValid());
        projects.deleteProject(admin, valid);
    }

    /** The workflow with the first resolution Jira has as the one Resolve sets. */
    private String workflowXml() throws Exception {
        try (InputStream in = AppProjects.class.getResourceAsStream("retention-workflow.xml")) {
            String xml = new String(Objects.requireNonNull(in, "retention-workflow.xml").readAllBytes(),
                    StandardCharsets.UTF_8);
            return xml.replace("@RESOLUTION_ID@", constants.getResolutions().iterator().next().getId());
        }
    }

    /** "Task" when the project has it, else its first standard issue type. */
    private static IssueType ticketType(Project project) {
        IssueType first = null;
        for (IssueType type : project.getIssueTypes()) {
            if (!type.isSubTask()) {
                if ("Task".equals(type.getName())) {
                    return type;
                }
                first = first == null ? type : first;
            }
        }
        return Objects.requireNonNull(first, "a standard issue type in " + project.getKey());
    }

    /** "RD" and five letters from the clock: unique per run, as project keys must be. */
    private static String uniqueKey() {
        StringBuilder key = new StringBuilder("RD");
        long n = System.currentTimeMillis();
        for (int i = 0; i < 5; i++) {
            key.append((char) ('A' + n % 26));
            n /= 26;
        }
        return key.toString();
    }
}

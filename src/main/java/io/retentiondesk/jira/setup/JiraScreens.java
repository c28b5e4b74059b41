package io.retentiondesk.jira.setup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Jira screens the setup check sends an administrator to, as paths from Jira's base URL. Jira's own addresses,
 * as its own code and page objects use them (STANDINS.md, "Jira screens of the setup check").
 */
public final class JiraScreens {
    /** Administration → Workflows. */
    public static final String WORKFLOWS = "/secure/admin/workflows/ListWorkflows.jspa";
    /** Administration → Projects. */
    public static final String PROJECTS = "/secure/project/ViewProjects.jspa";
    /** Administration → System → Scheduler details: each job's schedule and last run. */
    public static final String SCHEDULER = "/secure/admin/SchedulerAdmin.jspa";
    /** Manage apps → user-installed apps, where the app is disabled and enabled again. */
    public static final String MANAGE_APPS = "/plugins/servlet/upm/manage/user-installed";
    /** Administration → Issues → Custom fields: a field's context, or a second field of one type to remove. */
    public static final String CUSTOM_FIELDS = "/secure/admin/ViewCustomFields.jspa";
    /** The app's own admin page. */
    public static final String ADMIN_PAGE = "/plugins/servlet/retention-desk/admin";

    private JiraScreens() {
    }

    /** A live workflow in Jira's workflow editor. */
    public static String workflow(String name) {
        return "/secure/admin/workflows/ViewWorkflowSteps.jspa?workflowMode=live&workflowName="
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** A project's settings page listing its workflows. */
    public static String projectWorkflows(String projectKey) {
        return "/plugins/servlet/project-config/" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8) + "/workflows";
    }

    /** A section of the app's admin page. */
    public static String adminPage(String anchor) {
        return ADMIN_PAGE + "#" + anchor;
    }
}

// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.bc.workflow;

import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;

public interface WorkflowSchemeService {
    ServiceOutcome<AssignableWorkflowScheme> createScheme(ApplicationUser creator, AssignableWorkflowScheme scheme);
}

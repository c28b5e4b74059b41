// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api or jira-core 11.x (which of the two not
// verified; -Patlassian has both on the test classpath); see src/standins/STANDINS.md
package com.atlassian.jira.workflow.migration;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;

public interface MigrationHelperFactory {
    /** Stricter than the real one, which throws GenericEntityException. */
    AssignableWorkflowSchemeMigrationHelper createMigrationHelper(Project project, AssignableWorkflowScheme scheme)
            throws Exception;
}

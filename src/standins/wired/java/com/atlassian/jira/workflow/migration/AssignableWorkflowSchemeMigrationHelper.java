// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api or jira-core 11.x (which of the two not
// verified; -Patlassian has both on the test classpath); see src/standins/STANDINS.md
package com.atlassian.jira.workflow.migration;

public interface AssignableWorkflowSchemeMigrationHelper {
    /** Stricter than the real one, which throws GenericEntityException. */
    void associateProjectAndWorkflowScheme() throws Exception;
}

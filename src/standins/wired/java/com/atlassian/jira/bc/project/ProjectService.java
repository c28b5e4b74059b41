// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.bc.project;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public interface ProjectService {
    CreateProjectValidationResult validateCreateProject(ApplicationUser user, ProjectCreationData projectCreationData);

    Project createProject(CreateProjectValidationResult result);

    DeleteProjectValidationResult validateDeleteProject(ApplicationUser user, String key);

    DeleteProjectResult deleteProject(ApplicationUser user, DeleteProjectValidationResult result);

    /** Results are built by Jira only (the real classes extend ServiceResultImpl). */
    class CreateProjectValidationResult implements ServiceResult {
        private CreateProjectValidationResult() {
        }

        @Override
        public boolean isValid() {
            return false;
        }

        @Override
        public ErrorCollection getErrorCollection() {
            return null;
        }
    }

    class DeleteProjectValidationResult implements ServiceResult {
        private DeleteProjectValidationResult() {
        }

        @Override
        public boolean isValid() {
            return false;
        }

        @Override
        public ErrorCollection getErrorCollection() {
            return null;
        }
    }

    class DeleteProjectResult implements ServiceResult {
        private DeleteProjectResult() {
        }

        @Override
        public boolean isValid() {
            return false;
        }

        @Override
        public ErrorCollection getErrorCollection() {
            return null;
        }
    }
}

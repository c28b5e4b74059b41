// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/** Creating and transitioning issues as a user, with Jira's validation, screens and workflow. */
public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
                                                  IssueInputParameters issueInputParameters);

    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

    /** Results are built by Jira only (the real classes extend ServiceResultImpl). */
    class IssueResult implements ServiceResult {
        private IssueResult() {
        }

        public MutableIssue getIssue() {
            return null;
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

    class CreateValidationResult implements ServiceResult {
        private CreateValidationResult() {
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

    class TransitionValidationResult implements ServiceResult {
        private TransitionValidationResult() {
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

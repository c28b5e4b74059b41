// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.bc.project;

import com.atlassian.jira.user.ApplicationUser;

/** Built with {@link Builder} only. */
public class ProjectCreationData {
    private ProjectCreationData() {
    }

    public static class Builder {
        public Builder withName(String name) {
            return this;
        }

        public Builder withKey(String key) {
            return this;
        }

        public Builder withType(String projectTypeKey) {
            return this;
        }

        public Builder withLead(ApplicationUser lead) {
            return this;
        }

        public ProjectCreationData build() {
            return new ProjectCreationData();
        }
    }
}

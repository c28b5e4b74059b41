// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

public interface QueryCreationContext {
    ApplicationUser getApplicationUser();
}

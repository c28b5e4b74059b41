// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    /** Sets the thread's user ({@code null}: anonymous). */
    void setLoggedInUser(ApplicationUser user);
}

// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.UserDetails;

public interface UserManager {
    ApplicationUser getUserByName(String userName);

    /** Stricter than the real one, which throws CreateException and PermissionException. */
    ApplicationUser createUser(UserDetails userData) throws Exception;
}

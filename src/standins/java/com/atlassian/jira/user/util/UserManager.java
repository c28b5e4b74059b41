// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.UserDetails;

/** Jira's own user manager (not SAL's {@code com.atlassian.sal.api.user.UserManager}). */
public interface UserManager {
    /** {@code null} when there is no such user. */
    ApplicationUser getUserByKey(String userKey);

    /** {@code null} when there is no such user. */
    ApplicationUser getUserByName(String userName);

    /** Used by the wired tests only; stricter than the real one, which throws CreateException and PermissionException. */
    ApplicationUser createUser(UserDetails userData) throws Exception;
}

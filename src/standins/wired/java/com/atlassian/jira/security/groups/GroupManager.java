// Test-only stand-in (compiled for the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.user.ApplicationUser;

public interface GroupManager {
    Group getGroup(String groupname);

    /** Stricter than the real one, which throws Group/User-not-found and operation exceptions. */
    void addUserToGroup(ApplicationUser user, Group group) throws Exception;
}

// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Date;

public interface Comment {
    Long getId();

    String getBody();

    Date getCreated();

    ApplicationUser getAuthorApplicationUser();
}

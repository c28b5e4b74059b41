// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getName();

    String getUsername();

    String getDisplayName();

    String getEmailAddress();

    Long getId();

    boolean isActive();
}

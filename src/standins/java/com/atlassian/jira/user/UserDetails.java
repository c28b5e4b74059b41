// Compile-only stand-in (used by the wired tests only) for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.user;

/** What a new user is created with; {@code withPassword} returns the details to chain on. */
public class UserDetails {
    private final String username;
    private final String displayName;
    private String password;

    public UserDetails(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
    }

    public UserDetails withPassword(String password) {
        this.password = password;
        return this;
    }
}

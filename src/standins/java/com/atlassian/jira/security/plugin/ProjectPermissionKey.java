// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey k && k.permissionKey.equals(permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }
}

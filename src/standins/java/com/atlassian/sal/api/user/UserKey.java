// Compile-only stand-in for com.atlassian.sal:sal-api:7.0.x; see src/standins/STANDINS.md
package com.atlassian.sal.api.user;

public final class UserKey {
    private final String userKey;

    public UserKey(String userKey) {
        this.userKey = userKey;
    }

    public String getStringValue() {
        return userKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey k && k.userKey.equals(userKey);
    }

    @Override
    public int hashCode() {
        return userKey.hashCode();
    }
}

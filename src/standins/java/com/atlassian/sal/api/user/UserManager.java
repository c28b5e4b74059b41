// Compile-only stand-in for com.atlassian.sal:sal-api:7.0.x; see src/standins/STANDINS.md
package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;

public interface UserManager {
    UserKey getRemoteUserKey();

    UserKey getRemoteUserKey(HttpServletRequest request);

    boolean isAdmin(UserKey userKey);

    UserProfile getUserProfile(UserKey userKey);
}

// Compile-only stand-in for com.atlassian.sal:sal-api:7.0.x; see src/standins/STANDINS.md
package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public interface XsrfTokenAccessor {
    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}

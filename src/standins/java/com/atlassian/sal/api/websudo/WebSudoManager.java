// Compile-only stand-in for com.atlassian.sal:sal-api:7.0.x; see src/standins/STANDINS.md
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public interface WebSudoManager {
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}

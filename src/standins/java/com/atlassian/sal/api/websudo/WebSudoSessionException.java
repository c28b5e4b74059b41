// Compile-only stand-in for com.atlassian.sal:sal-api:7.0.x; see src/standins/STANDINS.md
package com.atlassian.sal.api.websudo;

/** Unchecked as in SAL 3.0.0's javadoc; the app catches it either way. */
public class WebSudoSessionException extends RuntimeException {
    public WebSudoSessionException(String message) {
        super(message);
    }
}

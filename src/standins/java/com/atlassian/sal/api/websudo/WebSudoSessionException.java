// Compile-only stand-in for com.atlassian.sal:sal-api:7.0.x; see src/standins/STANDINS.md
package com.atlassian.sal.api.websudo;

/** Whether it is checked is not verified; declared checked so the app handles it either way. */
public class WebSudoSessionException extends Exception {
    public WebSudoSessionException(String message) {
        super(message);
    }
}

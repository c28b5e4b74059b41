// Compile-only stand-in for com.atlassian.sal:sal-api 7.0.x; see src/standins/STANDINS.md
package com.atlassian.sal.api;

/** Only the constants seen in Jira 11 app code. */
public enum UrlMode {
    ABSOLUTE, CANONICAL
}

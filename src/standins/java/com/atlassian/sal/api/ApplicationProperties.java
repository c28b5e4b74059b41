// Compile-only stand-in for com.atlassian.sal:sal-api 7.0.x; see src/standins/STANDINS.md
package com.atlassian.sal.api;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}

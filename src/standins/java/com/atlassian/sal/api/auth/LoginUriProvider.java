// Compile-only stand-in for com.atlassian.sal:sal-api:7.0.x; see src/standins/STANDINS.md
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}

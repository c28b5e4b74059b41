// Compile-only stand-in for com.atlassian.plugins:atlassian-plugins-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.plugin;

public class PluginException extends RuntimeException {
    public PluginException() {
    }
}

// Test-only stand-in for com.atlassian.plugins:atlassian-plugins-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.plugin;

public interface PluginAccessor {
    boolean isPluginEnabled(String key);
}

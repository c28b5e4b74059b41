// Compile-only stand-in for com.atlassian.sal:sal-api:7.0.x; see src/standins/STANDINS.md
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}

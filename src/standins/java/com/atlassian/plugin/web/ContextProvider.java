// Compile-only stand-in for com.atlassian.plugins:atlassian-plugins-webfragment-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}

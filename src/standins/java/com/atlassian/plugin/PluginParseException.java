// Compile-only stand-in for com.atlassian.plugins:atlassian-plugins-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.plugin;

/** The app never throws or catches it; it only appears in {@code ContextProvider.init}'s throws clause. */
public class PluginParseException extends PluginException {
    private PluginParseException() {
    }
}

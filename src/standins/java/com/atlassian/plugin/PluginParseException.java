// Compile-only stand-in for com.atlassian.plugins:atlassian-plugins-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.plugin;

/** Superclass not verified (the app never throws or catches it; it only appears in a throws clause). */
public class PluginParseException extends RuntimeException {
    private PluginParseException() {
    }
}

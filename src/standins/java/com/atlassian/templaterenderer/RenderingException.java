// Compile-only stand-in for com.atlassian.templaterenderer:atlassian-template-renderer-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.templaterenderer;

/** Unchecked (R-plat §4); the app never builds one, so the stand-in's constructor is private. */
public class RenderingException extends RuntimeException {
    private RenderingException() {
    }
}

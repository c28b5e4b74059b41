// Compile-only stand-in for com.atlassian.templaterenderer:atlassian-template-renderer-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}

package io.retentiondesk.plugin;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import io.retentiondesk.report.output.HtmlEscaper;

import java.io.StringWriter;
import java.util.Map;

/**
 * Renders a template the way Jira does for plugin templates that open with {@code #enable_html_escaping()}: every
 * {@code $reference} is HTML-escaped on output, except those whose names end in {@code Html}. Jira's directive is stood for by an empty macro and an escaping
 * insertion handler; strict references make a misspelt parameter fail the test.
 */
public final class JiraVelocity {
    private static final String JIRA_DIRECTIVES = "#macro(enable_html_escaping)#end#macro(disable_html_escaping)#end";

    private JiraVelocity() {
    }

    /** Stands for Jira's WebResourceManager in a template: {@code requireResource} prints nothing. */
    public static final class WebResources {
        public void requireResource(String moduleCompleteKey) {
            if (!moduleCompleteKey.matches("[\\w.-]+:[\\w.-]+")) {
                throw new AssertionError("not a complete module key: " + moduleCompleteKey);
            }
        }
    }

    public static String render(String name, String template, Map<String, ?> params, Object i18n) {
        if (!template.startsWith("#enable_html_escaping()")) {
            throw new AssertionError(name + " must open with #enable_html_escaping()");
        }
        VelocityEngine velocity = new VelocityEngine();
        velocity.setProperty("runtime.references.strict", "true");
        velocity.setProperty("velocimacro.permissions.allow.inline.to.replace.global", "true");
        velocity.init();
        VelocityContext context = new VelocityContext();
        params.forEach(context::put);
        context.put("i18n", i18n);
        context.put("webResourceManager", new WebResources()); // Jira's template renderer adds it to every context
        EventCartridge escaping = new EventCartridge();
        // Jira leaves references whose names end in "Html" unescaped; everything else is escaped
        escaping.addEventHandler((ReferenceInsertionEventHandler) (reference, value) ->
                value == null || reference.replaceAll("[${}!]", "").endsWith("Html") ? value : HtmlEscaper.escape(value));
        escaping.attachToContext(context);
        StringWriter out = new StringWriter();
        velocity.evaluate(context, out, name, JIRA_DIRECTIVES + template);
        return out.toString();
    }
}

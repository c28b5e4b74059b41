package io.retentiondesk.jira.adminpage;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.retentiondesk.jira.panel.PanelContent.Texts;
import io.retentiondesk.jira.setup.SetupCheck;
import io.retentiondesk.jira.setup.SetupState;
import io.retentiondesk.jira.setup.ShownLine;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The setup check at the top of the admin page: every line of {@link SetupCheck}, worded in the admin's language, with
 * its state as a lozenge and a link to the Jira screen that fixes it. Its own template, rendered by the Atlassian
 * Template Renderer (which escapes every value) and put into the page whole.
 */
@Named
public class SetupSection {
    static final String TEMPLATE = "templates/admin/setup-section.vm";

    private final SetupCheck check;
    private final ApplicationProperties application;
    private final TemplateRenderer renderer;

    @Inject
    public SetupSection(SetupCheck check, @ComponentImport ApplicationProperties application,
                        @ComponentImport TemplateRenderer renderer) {
        this.check = Objects.requireNonNull(check);
        this.application = Objects.requireNonNull(application);
        this.renderer = Objects.requireNonNull(renderer);
    }

    /** The section's HTML. */
    public String html(I18nResolver i18n) throws IOException {
        String baseUrl = application.getBaseUrl(UrlMode.CANONICAL);
        Map<String, Object> context = context(check.lines().stream().map(l -> ShownLine.of(l, i18n, baseUrl)).toList(),
                i18n::getText);
        context.put("i18n", i18n);
        StringWriter out = new StringWriter();
        renderer.render(TEMPLATE, context, out);
        return out.toString();
    }

    /** The template's context: the rows and a summary of how many need attention. Text only. */
    public static Map<String, Object> context(List<ShownLine> lines, Texts words) {
        List<SetupRow> rows = lines.stream().map(l -> new SetupRow(l.title(), l.line().state().name(),
                words.text("retention.setup.state." + l.line().state().name()), lozenge(l.line().state()),
                l.message(), l.fixUrl())).toList();
        long attention = lines.stream().filter(ShownLine::needsAttention).count();
        Map<String, Object> c = new HashMap<>();
        c.put("setupRows", rows);
        c.put("setupSummary", attention == 0 ? words.text("retention.setup.summary.ok")
                : words.text("retention.setup.summary.attention", Long.toString(attention)));
        return c;
    }

    /** AUI 9's lozenge for the state: green done, red to do, yellow to look at, grey a figure. */
    static String lozenge(SetupState state) {
        return switch (state) {
            case OK -> "aui-lozenge-success";
            case MISSING, FAILING -> "aui-lozenge-error";
            case AMBIGUOUS, NOT_SCHEDULED -> "aui-lozenge-moved";
            case INFO -> "aui-lozenge-subtle";
        };
    }
}

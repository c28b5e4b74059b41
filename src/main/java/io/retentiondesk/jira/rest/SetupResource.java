package io.retentiondesk.jira.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.retentiondesk.jira.setup.SetupCheck;
import io.retentiondesk.jira.setup.SetupLine;
import io.retentiondesk.jira.setup.ShownLine;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Objects;

/**
 * {@code GET /rest/retention/1.0/setup}: the admin page's setup check for scripts and monitoring, Jira administrators
 * only. {@code {"attention": n, "lines": [{"title", "state", "message", "fixPath", "fixUrl", "titleKey", "messageKey",
 * "arguments"}]}}: texts in the caller's language, keys and arguments to word them otherwise, {@code attention} the
 * number of lines that need something done (not OK, not INFO).
 */
@Named
@Path("/setup")
@AdminOnly
public class SetupResource {
    private final RestAccess access;
    private final SetupCheck check;
    private final I18nResolver i18n;
    private final ApplicationProperties application;

    @Inject
    public SetupResource(RestAccess access, SetupCheck check, @ComponentImport I18nResolver i18n,
                         @ComponentImport ApplicationProperties application) {
        this.access = Objects.requireNonNull(access);
        this.check = Objects.requireNonNull(check);
        this.i18n = Objects.requireNonNull(i18n);
        this.application = Objects.requireNonNull(application);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        return access.refuseUnlessAdmin().orElseGet(() -> {
            String baseUrl = application.getBaseUrl(UrlMode.CANONICAL);
            JsonArray lines = new JsonArray();
            int attention = 0;
            for (SetupLine line : check.lines()) {
                ShownLine shown = ShownLine.of(line, i18n, baseUrl);
                JsonObject o = new JsonObject();
                o.addProperty("title", shown.title());
                o.addProperty("state", line.state().name());
                o.addProperty("message", shown.message());
                o.addProperty("fixPath", line.fixPath());
                o.addProperty("fixUrl", line.fixPath() == null ? null : shown.fixUrl());
                o.addProperty("titleKey", line.titleKey());
                o.addProperty("messageKey", line.messageKey());
                JsonArray arguments = new JsonArray();
                line.arguments().forEach(arguments::add);
                o.add("arguments", arguments);
                lines.add(o);
                attention += shown.needsAttention() ? 1 : 0;
            }
            JsonObject body = new JsonObject();
            body.addProperty("attention", attention);
            body.add("lines", lines);
            return RestErrors.ok(body);
        });
    }
}

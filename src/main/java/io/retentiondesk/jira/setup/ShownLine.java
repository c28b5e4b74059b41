package io.retentiondesk.jira.setup;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;

/**
 * A setup line in the admin's words: its title and message in their language (the arguments put in as given, plain
 * text), and the screen that fixes it as a full address under Jira's base URL. Text only; whoever prints it escapes it.
 *
 * @param fixUrl the address, empty when the line has no screen to go to
 */
public record ShownLine(SetupLine line, String title, String message, String fixUrl) {
    public static ShownLine of(SetupLine line, I18nResolver i18n, String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        return new ShownLine(line, i18n.getText(line.titleKey()),
                i18n.getText(line.messageKey(), line.arguments().toArray(Serializable[]::new)),
                line.fixPath() == null ? "" : base + line.fixPath());
    }

    /** Whether the admin has something to do here: every state but OK and INFO. */
    public boolean needsAttention() {
        return line.state() != SetupState.OK && line.state() != SetupState.INFO;
    }
}

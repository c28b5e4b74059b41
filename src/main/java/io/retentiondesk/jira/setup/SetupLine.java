package io.retentiondesk.jira.setup;

import java.util.List;
import java.util.Objects;

/**
 * One line of the setup check: what was checked, how it stands, what was found or is to be done, and the Jira
 * screen where the admin does it. Texts are i18n keys with plain arguments, so the page and REST can say them in
 * the admin's language and the page escapes every argument.
 *
 * @param titleKey   i18n key naming the checked item, e.g. {@code retention.setup.field.title}
 * @param state      how it stands
 * @param messageKey i18n key of what was found or what to do, with {@code {0}}-style placeholders for arguments
 * @param arguments  plain values for the placeholders (field names, project keys, dates); never HTML
 * @param fixPath    the Jira screen that fixes it, relative to Jira's base URL (starts with {@code /}), or null
 */
public record SetupLine(String titleKey, SetupState state, String messageKey, List<String> arguments, String fixPath) {
    public SetupLine {
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        if (fixPath != null && !fixPath.startsWith("/")) {
            throw new IllegalArgumentException("fixPath: expected a path from Jira's base URL, got " + fixPath);
        }
    }
}

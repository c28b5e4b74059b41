package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.callback.CallbackOutcome;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the agent entered on the "Log callback" transition screen: the fields Callback outcome (a select list or
 * text holding SATISFIED, STILL_DISSATISFIED or UNREACHABLE), Callback rating (1–5) and Callback note.
 */
@Named
public class CallbackInput {
    static final String OUTCOME = "Callback outcome";
    static final String RATING = "Callback rating";
    static final String NOTE = "Callback note";

    private final CustomFieldManager customFields;

    @Inject
    public CallbackInput(@ComponentImport CustomFieldManager customFields) {
        this.customFields = Objects.requireNonNull(customFields);
    }

    /** The outcome field's id, for a validator message shown next to it; empty when the issue lacks it. */
    public Optional<String> outcomeFieldId(Issue issue) {
        return field(issue, OUTCOME).map(CustomField::getId);
    }

    /** The chosen outcome, or empty when none or not one of the three. */
    public Optional<CallbackOutcome> outcome(Issue issue) {
        return text(issue, OUTCOME).flatMap(v -> {
            try {
                return Optional.of(CallbackOutcome.valueOf(v.trim().toUpperCase(Locale.ROOT).replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** The rating 1–5, or {@code null} when not given or out of range. */
    public Integer rating(Issue issue) {
        return text(issue, RATING).map(v -> {
            try {
                int r = (int) Double.parseDouble(v.trim());
                return r >= 1 && r <= 5 ? r : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    public String note(Issue issue) {
        return text(issue, NOTE).orElse("");
    }

    private Optional<String> text(Issue issue, String name) {
        return field(issue, name).map(issue::getCustomFieldValue).map(String::valueOf).filter(v -> !v.isBlank());
    }

    private Optional<CustomField> field(Issue issue, String name) {
        return customFields.getCustomFieldObjects(issue).stream()
                .filter(cf -> name.equals(cf.getUntranslatedName())).findFirst();
    }
}

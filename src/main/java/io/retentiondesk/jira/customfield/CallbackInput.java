package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.callback.CallbackOutcome;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the agent entered on the "Log callback" transition screen: Callback outcome, Callback rating and Callback
 * note. Each is found like the app's other fields, by its type among the fields whose context applies to the issue,
 * so a renamed or translated field is still read. A field made by hand before this release (README: a select list,
 * a number and a text field under the documented English names) is read by that name only when no field of the
 * app's type applies, so such an instance keeps working. Two fields of the type that both apply are never resolved
 * by picking one: nothing is read from them, and it is noted in {@link FieldFindings} for the setup check.
 */
@Named
public class CallbackInput {
    private final CustomFieldManager customFields;
    private final FieldFindings findings;

    @Inject
    public CallbackInput(@ComponentImport CustomFieldManager customFields, FieldFindings findings) {
        this.customFields = Objects.requireNonNull(customFields);
        this.findings = Objects.requireNonNull(findings);
    }

    /** The outcome field's id, for a validator message shown next to it; empty when no single field applies. */
    public Optional<String> outcomeFieldId(Issue issue) {
        return field(issue, RetentionField.CALLBACK_OUTCOME).map(CustomField::getId);
    }

    /** Whether two or more Callback outcome fields of the app's type apply, so no outcome can be read. */
    public boolean outcomeAmbiguous(Issue issue) {
        return ofType(issue, RetentionField.CALLBACK_OUTCOME).size() > 1;
    }

    /** The chosen outcome, or empty when none or not one of the three. */
    public Optional<CallbackOutcome> outcome(Issue issue) {
        return text(issue, RetentionField.CALLBACK_OUTCOME).flatMap(CallbackOutcomeFieldType::outcomeOf);
    }

    /** The rating 1–5, or {@code null} when not given or out of range. */
    public Integer rating(Issue issue) {
        return text(issue, RetentionField.CALLBACK_RATING).map(v -> {
            try {
                int r = (int) Double.parseDouble(v.trim());
                return r >= 1 && r <= 5 ? r : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    public String note(Issue issue) {
        return text(issue, RetentionField.CALLBACK_NOTE).orElse("");
    }

    private Optional<String> text(Issue issue, RetentionField field) {
        return field(issue, field).map(issue::getCustomFieldValue).map(String::valueOf).filter(v -> !v.isBlank());
    }

    /** The one field of the app's type; with none, the hand-made one under the documented name; with two, none. */
    private Optional<CustomField> field(Issue issue, RetentionField field) {
        List<CustomField> applicable = customFields.getCustomFieldObjects(issue);
        List<CustomField> typed = ofType(applicable, field);
        if (typed.size() == 1) {
            return Optional.of(typed.get(0));
        }
        if (typed.size() > 1) {
            findings.ambiguous(field, issue.getProjectId(),
                    issue.getIssueType() == null ? null : issue.getIssueType().getId(), issue.getKey());
            return Optional.empty();
        }
        return applicable.stream().filter(cf -> handMade(cf) && field.fieldName().equals(cf.getUntranslatedName()))
                .findFirst();
    }

    /** A field of none of the app's types: an ordinary Jira field (or one whose type's app is gone). */
    static boolean handMade(CustomField cf) {
        CustomFieldType<?, ?> type = cf.getCustomFieldType();
        return type == null || RetentionField.ofTypeKey(type.getKey()).isEmpty();
    }

    private List<CustomField> ofType(Issue issue, RetentionField field) {
        return ofType(customFields.getCustomFieldObjects(issue), field);
    }

    private static List<CustomField> ofType(List<CustomField> applicable, RetentionField field) {
        List<CustomField> typed = new ArrayList<>();
        for (CustomField cf : applicable) {
            CustomFieldType<?, ?> type = cf.getCustomFieldType(); // null when the type's app is disabled
            if (type != null && field.typeKey().equals(type.getKey())) {
                typed.add(cf);
            }
        }
        return typed;
    }
}

package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Sets the app's fields on an issue in memory (inside a transition Jira stores the issue afterwards) and reads
 * them back for the issue panel. Fields not in the issue's field configuration are left alone.
 */
@Named
public class RetentionFieldWriter {
    private final CustomFieldManager customFields;

    @Inject
    public RetentionFieldWriter(@ComponentImport CustomFieldManager customFields) {
        this.customFields = Objects.requireNonNull(customFields);
    }

    /** @return how many of the given values found their field on the issue */
    public int write(MutableIssue issue, Map<RetentionField, Object> values) {
        Map<RetentionField, CustomField> fields = new EnumMap<>(RetentionField.class);
        for (CustomField cf : customFields.getCustomFieldObjects(issue)) {
            for (RetentionField f : RetentionField.values()) {
                if (f.fieldName().equals(cf.getUntranslatedName())) {
                    fields.put(f, cf);
                }
            }
        }
        int written = 0;
        for (Map.Entry<RetentionField, Object> e : values.entrySet()) {
            CustomField cf = fields.get(e.getKey());
            if (cf != null) {
                issue.setCustomFieldValue(cf, e.getValue());
                written++;
            }
        }
        return written;
    }

    /** The field's value on the issue, or {@code null} when unset or the field is not on the issue. */
    public Object valueOf(Issue issue, RetentionField field) {
        for (CustomField cf : customFields.getCustomFieldObjects(issue)) {
            if (field.fieldName().equals(cf.getUntranslatedName())) {
                return issue.getCustomFieldValue(cf);
            }
        }
        return null;
    }
}

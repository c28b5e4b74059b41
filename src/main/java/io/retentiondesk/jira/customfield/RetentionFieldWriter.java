package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sets the app's fields on an issue in memory (inside a transition Jira stores the issue afterwards) and reads
 * them back for the issue panel. A field is found by its type among the custom fields whose context applies to the
 * issue (its project and issue type), so a renamed or translated field is still found and two fields of one type
 * with different contexts each serve their own projects. No field, or two that both apply, is noted in
 * {@link FieldFindings} and nothing is written to that field.
 */
@Named
public class RetentionFieldWriter {
    private final CustomFieldManager customFields;
    private final FieldFindings findings;

    @Inject
    public RetentionFieldWriter(@ComponentImport CustomFieldManager customFields, FieldFindings findings) {
        this.customFields = Objects.requireNonNull(customFields);
        this.findings = Objects.requireNonNull(findings);
    }

    /** @return how many of the given values found their field on the issue */
    public int write(MutableIssue issue, Map<RetentionField, Object> values) {
        Found found = find(issue);
        int written = 0;
        for (Map.Entry<RetentionField, Object> e : values.entrySet()) {
            RetentionField field = e.getKey();
            CustomField cf = found.fields().get(field);
            if (cf != null) {
                issue.setCustomFieldValue(cf, e.getValue());
                written++;
            } else if (found.ambiguous().contains(field)) {
                findings.ambiguous(field, issue.getProjectId(), issueTypeId(issue), issue.getKey());
            } else {
                findings.missing(field, issue.getProjectId(), issueTypeId(issue), issue.getKey());
            }
        }
        return written;
    }

    /** The field's value on the issue, or {@code null} when unset, or no single field of its type applies. */
    public Object valueOf(Issue issue, RetentionField field) {
        CustomField cf = find(issue).fields().get(field);
        return cf == null ? null : issue.getCustomFieldValue(cf);
    }

    private record Found(Map<RetentionField, CustomField> fields, Set<RetentionField> ambiguous) {
    }

    private Found find(Issue issue) {
        Map<RetentionField, CustomField> fields = new EnumMap<>(RetentionField.class);
        Set<RetentionField> ambiguous = EnumSet.noneOf(RetentionField.class);
        for (CustomField cf : customFields.getCustomFieldObjects(issue)) {
            CustomFieldType<?, ?> type = cf.getCustomFieldType();
            if (type == null) {
                continue; // a field whose type's app is disabled
            }
            RetentionField.ofTypeKey(type.getKey()).ifPresent(f -> {
                if (fields.putIfAbsent(f, cf) != null) {
                    ambiguous.add(f);
                }
            });
        }
        ambiguous.forEach(fields::remove);
        return new Found(fields, ambiguous);
    }

    private static String issueTypeId(Issue issue) {
        return issue.getIssueType() == null ? null : issue.getIssueType().getId();
    }
}

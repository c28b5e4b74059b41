package it.io.retentiondesk;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The app's twelve fields, created once in all projects with their app types (the app finds its fields by type, and
 * two of one type in one project would both go unwritten, so there is one of each). A component of the test plugin.
 */
public class AppFields {
    private final CustomFieldManager customFields;

    public AppFields(CustomFieldManager customFields) {
        this.customFields = Objects.requireNonNull(customFields);
    }

    /** The app's field, created with its built-in searcher unless it exists. */
    public CustomField ensure(AppField field) throws Exception {
        return ensure(field.fieldName(), field.completeTypeKey(), field.completeSearcherKey());
    }

    /** All twelve. */
    public void ensureAll() throws Exception {
        for (AppField field : AppField.values()) {
            ensure(field);
        }
    }

    /** The agent's Callback outcome field, of the app's type (its values: SATISFIED, STILL_DISSATISFIED, UNREACHABLE). */
    public CustomField callbackOutcome() throws Exception {
        return ensure(AppField.CALLBACK_OUTCOME);
    }

    /** The field's value on the issue as Jira stores it. */
    public Object value(Issue issue, AppField field) throws Exception {
        return issue.getCustomFieldValue(ensure(field));
    }

    private CustomField ensure(String name, String typeKey, String searcherKey) throws Exception {
        Collection<CustomField> existing = customFields.getCustomFieldObjectsByName(name);
        if (!existing.isEmpty()) {
            return existing.iterator().next();
        }
        CustomFieldType<?, ?> type = Objects.requireNonNull(customFields.getCustomFieldType(typeKey), typeKey);
        CustomFieldSearcher searcher = Objects.requireNonNull(customFields.getCustomFieldSearcher(searcherKey),
                searcherKey);
        return customFields.createCustomField(name, "Created by Retention Desk's wired tests", type, searcher,
                List.<JiraContextNode>of(GlobalIssueContext.getInstance()), FieldConfigSchemeManager.ALL_ISSUE_TYPES);
    }
}

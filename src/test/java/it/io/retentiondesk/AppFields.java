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
 * The app's nine fields and the agent's Callback outcome field, created once in all projects (the app finds its
 * fields by name, so there is one of each). A component of the test plugin.
 */
public class AppFields {
    /** An ordinary Jira text field the agent fills on the Log callback transition (README, setting up step 2). */
    static final String CALLBACK_OUTCOME = "Callback outcome";

    private final CustomFieldManager customFields;

    public AppFields(CustomFieldManager customFields) {
        this.customFields = Objects.requireNonNull(customFields);
    }

    /** The app's field, created with its built-in searcher unless it exists. */
    public CustomField ensure(AppField field) throws Exception {
        return ensure(field.fieldName(), field.completeTypeKey(), field.completeSearcherKey());
    }

    /** All nine, and Callback outcome. */
    public void ensureAll() throws Exception {
        for (AppField field : AppField.values()) {
            ensure(field);
        }
        callbackOutcome();
    }

    public CustomField callbackOutcome() throws Exception {
        return ensure(CALLBACK_OUTCOME, AppField.JIRA_FIELDS + ":textfield",
                AppField.JIRA_FIELDS + ":" + AppField.Search.TEXT.key());
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

package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * Field type of "Callback note": what the customer said at the callback, in the agent's words. Plain text in Jira's
 * unlimited text column, searched with the built-in text searcher ({@code "Callback note" ~ manager}).
 */
@Named
public class CallbackNoteFieldType extends AgentFieldType<String> {
    static final int MAX_LENGTH = 4000;
    static final String TOO_LONG = "retention.field.callbackNote.tooLong";

    @Inject
    public CallbackNoteFieldType(@ComponentImport CustomFieldValuePersister persister,
                                 @ComponentImport GenericConfigManager configs,
                                 @ComponentImport I18nResolver i18n) {
        super(persister, configs, i18n);
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_UNLIMITED_TEXT;
    }

    @Override
    protected String parse(String text) throws FieldValidationException {
        if (text.length() > MAX_LENGTH) {
            throw refused(TOO_LONG, MAX_LENGTH, text.length());
        }
        return text;
    }

    @Override
    protected Object getDbValueFromObject(String value) {
        return value;
    }

    @Override
    protected String getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return databaseValue == null ? null : String.valueOf(databaseValue);
    }

    @Override
    public String getStringFromSingularObject(String value) {
        return value;
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> params = super.getVelocityParameters(issue, field, fieldLayoutItem);
        String stored = issue == null ? null : getValueFromIssue(field, issue);
        params.put("noteText", stored == null ? "" : stored);
        return params;
    }
}

// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;

/** Bodies are placeholders for compiling and unit tests; Jira's own implementation runs in a real Jira. */
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {
    protected static final String FIELD_TYPE_STRING = "stringvalue";
    protected static final String FIELD_TYPE_TEXT = "textvalue";
    protected static final String FIELD_TYPE_DATE = "datevalue";
    protected static final String FIELD_TYPE_NUMBER = "numbervalue";

    protected final CustomFieldValuePersister customFieldValuePersister;
    protected final GenericConfigManager genericConfigManager;

    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister,
                                      GenericConfigManager genericConfigManager) {
        this.customFieldValuePersister = customFieldValuePersister;
        this.genericConfigManager = genericConfigManager;
    }

    public T getValueFromIssue(CustomField field, Issue issue) {
        return null;
    }

    public void createValue(CustomField field, Issue issue, T value) {
    }

    public void updateValue(CustomField customField, Issue issue, T value) {
    }

    public String getChangelogValue(CustomField field, T value) {
        return null;
    }

    /** Jira's converts the submitted text with getSingularObjectFromString and reports a FieldValidationException. */
    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo,
                                   FieldConfig config) {
    }

    protected abstract PersistenceFieldType getDatabaseType();

    protected abstract Object getDbValueFromObject(T customFieldObject);

    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;
}

package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.message.I18nResolver;

/** A text value Retention Desk sets; subclasses choose the column and what a valid value looks like. */
abstract class StoredTextFieldType extends AbstractSingleFieldType<String> {
    private final I18nResolver i18n;

    StoredTextFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n) {
        super(persister, configs);
        this.i18n = java.util.Objects.requireNonNull(i18n);
    }

    /** @return the value to store, already trimmed and non-blank */
    protected abstract String checked(String text) throws FieldValidationException;

    @Override
    protected Object getDbValueFromObject(String value) {
        return value;
    }

    @Override
    protected String getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return getSingularObjectFromString(String.valueOf(databaseValue));
    }

    @Override
    public String getStringFromSingularObject(String value) {
        return value;
    }

    @Override
    public String getSingularObjectFromString(String text) throws FieldValidationException {
        if (text == null || text.isBlank()) {
            return null;
        }
        return checked(text.trim());
    }

    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** Set by the app only: a submitted value is refused (SPEC §11, "Who sees what in Jira"). */
    @Override
    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo,
                                   FieldConfig config) {
        AppSetValues.refuseSubmitted(relevantParams, errorCollectionToAddTo, config, i18n);
    }
}

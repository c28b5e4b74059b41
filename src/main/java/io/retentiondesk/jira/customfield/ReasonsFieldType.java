package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Field type of "Churn risk reasons": the top reasons in words, in Jira's unlimited text column so the built-in
 * text searcher finds them ({@code "Churn risk reasons" ~ "cancel"}).
 */
@Named
public class ReasonsFieldType extends StoredTextFieldType {
    static final int MAX_LENGTH = 4000;

    @Inject
    public ReasonsFieldType(@ComponentImport CustomFieldValuePersister persister,
                            @ComponentImport GenericConfigManager configs,
            @ComponentImport I18nResolver i18n) {
        super(persister, configs, i18n);
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_UNLIMITED_TEXT;
    }

    @Override
    protected String checked(String text) throws FieldValidationException {
        if (text.length() > MAX_LENGTH) {
            throw new FieldValidationException("Retention Desk reasons: expected at most " + MAX_LENGTH
                    + " characters, got " + text.length());
        }
        return text;
    }
}

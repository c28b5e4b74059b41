package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.regex.Pattern;

/**
 * Field type of the one-word values: "Satisfaction band", "Customer tier", "Retention quadrant", "Churn risk band"
 * and "Callback status". The stored word is the language-neutral token JQL matches ({@code "Customer tier" = KEY}),
 * so a filter works whatever language its author reads Jira in.
 */
@Named
public class TokenFieldType extends StoredTextFieldType {
    private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z_]{0,63}");

    @Inject
    public TokenFieldType(@ComponentImport CustomFieldValuePersister persister,
                          @ComponentImport GenericConfigManager configs,
            @ComponentImport I18nResolver i18n) {
        super(persister, configs, i18n);
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_LIMITED_TEXT;
    }

    @Override
    protected String checked(String text) throws FieldValidationException {
        if (!TOKEN.matcher(text).matches()) {
            throw new FieldValidationException("Retention Desk value: expected one upper-case word such as KEY or HIGH"
                    + " (letters and _, at most 64), got '" + shortened(text) + "'");
        }
        return text;
    }
}

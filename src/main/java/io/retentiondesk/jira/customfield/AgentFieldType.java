package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * A field the agent fills on the <i>Log callback</i> screen (Callback outcome, rating, note). Unlike the fields the
 * app sets, a value may be entered here; one the type cannot hold is refused on the field with a message in the
 * agent's language, and the transition waits until it is put right (nothing is stored half). Each edit view draws
 * its own labelled control from {@code fieldId} and {@code fieldName}.
 */
abstract class AgentFieldType<T> extends AbstractSingleFieldType<T> {
    private final I18nResolver i18n;

    AgentFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n) {
        super(persister, configs);
        this.i18n = Objects.requireNonNull(i18n);
    }

    /** @return the value of the trimmed, non-blank text, or a FieldValidationException worded by {@link #refused} */
    protected abstract T parse(String text) throws FieldValidationException;

    @Override
    public T getSingularObjectFromString(String text) throws FieldValidationException {
        return text == null || text.isBlank() ? null : parse(text.trim());
    }

    /** A refusal in the viewer's language; the text the agent typed is shortened, never echoed whole. */
    protected FieldValidationException refused(String key, Serializable... args) {
        return new FieldValidationException(i18n.getText(key, args));
    }

    protected String text(String key) {
        return i18n.getText(key);
    }

    /** Checks what the screen, REST or a bulk change submitted: the first bad value is named on the field. */
    @Override
    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo,
                                   FieldConfig config) {
        if (relevantParams == null || relevantParams.getAllValues() == null) {
            return;
        }
        for (Object value : relevantParams.getAllValues()) {
            try {
                getSingularObjectFromString(value == null ? null : value.toString());
            } catch (FieldValidationException e) {
                errorCollectionToAddTo.addError(config.getFieldId(), e.getMessage());
                return;
            }
        }
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> params = super.getVelocityParameters(issue, field, fieldLayoutItem);
        params.put("fieldId", field == null ? "" : Objects.requireNonNullElse(field.getId(), ""));
        params.put("fieldName", field == null ? "" : Objects.requireNonNullElse(field.getName(), ""));
        return params;
    }
}

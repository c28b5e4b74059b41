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

import java.util.List;
import java.util.Map;

/**
 * Field type of "Callback rating": the customer's 1–5 rating of how the complaint was handled, asked at the
 * callback. A whole number 1 to 5 or nothing, in Jira's number column so the built-in number range searcher finds it
 * ({@code "Callback rating" <= 2}).
 */
@Named
public class CallbackRatingFieldType extends AgentFieldType<Double> {
    static final String INVALID = "retention.field.callbackRating.invalid";
    static final List<String> RATINGS = List.of("1", "2", "3", "4", "5");

    @Inject
    public CallbackRatingFieldType(@ComponentImport CustomFieldValuePersister persister,
                                   @ComponentImport GenericConfigManager configs,
                                   @ComponentImport I18nResolver i18n) {
        super(persister, configs, i18n);
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_DECIMAL;
    }

    @Override
    protected Double parse(String text) throws FieldValidationException {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw refused(INVALID, StoredTextFieldType.shortened(text));
        }
        if (value != Math.rint(value) || value < 1 || value > 5) {
            throw refused(INVALID, StoredTextFieldType.shortened(text));
        }
        return value;
    }

    @Override
    protected Object getDbValueFromObject(Double value) {
        return value;
    }

    @Override
    protected Double getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return getSingularObjectFromString(String.valueOf(databaseValue));
    }

    /** A whole number without Jira's ".0", so the edit list shows the stored rating as chosen. */
    @Override
    public String getStringFromSingularObject(Double value) {
        return value == null ? null : Long.toString(value.longValue());
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> params = super.getVelocityParameters(issue, field, fieldLayoutItem);
        params.put("ratingChoices", RATINGS);
        String shown = issue == null ? null : getStringFromSingularObject(getValueFromIssue(field, issue));
        params.put("ratingText", shown == null ? "" : shown);
        return params;
    }
}

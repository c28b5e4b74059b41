package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * Field type of "Satisfaction score" (−100..100) and "Churn risk score" (0..100): a number Retention Desk sets,
 * stored in Jira's number column so the built-in number range searcher indexes it ({@code "Churn risk score" >= 60}).
 */
@Named
public class ScoreFieldType extends AbstractSingleFieldType<Double> {
    static final double MIN = -100;
    static final double MAX = 100;

    private final I18nResolver i18n;

    @Inject
    public ScoreFieldType(@ComponentImport CustomFieldValuePersister persister,
                          @ComponentImport GenericConfigManager configs,
            @ComponentImport I18nResolver i18n) {
        super(persister, configs);
        this.i18n = java.util.Objects.requireNonNull(i18n);
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_DECIMAL;
    }

    @Override
    protected Object getDbValueFromObject(Double value) {
        return value;
    }

    @Override
    protected Double getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        if (databaseValue instanceof Number n) {
            return n.doubleValue();
        }
        return getSingularObjectFromString(String.valueOf(databaseValue));
    }

    @Override
    public String getStringFromSingularObject(Double value) {
        if (value == null) {
            return null;
        }
        // scores are whole numbers; show them without Jira's ".0"
        return value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }

    @Override
    public Double getSingularObjectFromString(String text) throws FieldValidationException {
        if (text == null || text.isBlank()) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new FieldValidationException("Retention Desk score: expected a number from -100 to 100, got '"
                    + text.trim() + "'");
        }
        if (!(value >= MIN && value <= MAX)) {
            throw new FieldValidationException("Retention Desk score: expected a number from -100 to 100, got "
                    + text.trim());
        }
        return value;
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> params = super.getVelocityParameters(issue, field, fieldLayoutItem);
        String shown = issue == null ? null : getStringFromSingularObject(getValueFromIssue(field, issue));
        params.put("scoreText", shown == null ? "" : shown);
        return params;
    }

    /** Set by the app only: a submitted value is refused (SPEC §11, "Who sees what in Jira"). */
    @Override
    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo,
                                   FieldConfig config) {
        AppSetValues.refuseSubmitted(relevantParams, errorCollectionToAddTo, config, i18n);
    }
}

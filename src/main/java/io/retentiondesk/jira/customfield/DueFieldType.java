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

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

/**
 * Field type of "Callback due": the instant a complaint's follow-up callback is due, in Jira's date column so the
 * built-in date-time range searcher indexes it ({@code "Callback due" < now()}).
 */
@Named
public class DueFieldType extends AbstractSingleFieldType<Date> {
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final I18nResolver i18n;

    @Inject
    public DueFieldType(@ComponentImport CustomFieldValuePersister persister,
                        @ComponentImport GenericConfigManager configs,
            @ComponentImport I18nResolver i18n) {
        super(persister, configs);
        this.i18n = java.util.Objects.requireNonNull(i18n);
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_DATE;
    }

    @Override
    protected Object getDbValueFromObject(Date value) {
        return value == null ? null : new Timestamp(value.getTime());
    }

    @Override
    protected Date getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        if (databaseValue instanceof Date d) {
            return new Timestamp(d.getTime());
        }
        return getSingularObjectFromString(String.valueOf(databaseValue));
    }

    @Override
    public String getStringFromSingularObject(Date value) {
        return value == null ? null : value.toInstant().toString();
    }

    @Override
    public Date getSingularObjectFromString(String text) throws FieldValidationException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Timestamp.from(Instant.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new FieldValidationException("Retention Desk callback due: expected an ISO-8601 instant such as"
                    + " 2026-11-25T09:00:00Z, got '" + StoredTextFieldType.shortened(text.trim()) + "'");
        }
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> params = super.getVelocityParameters(issue, field, fieldLayoutItem);
        Date due = issue == null ? null : getValueFromIssue(field, issue);
        params.put("dueText", due == null ? "" : SHOWN.format(due.toInstant()));
        return params;
    }

    /** Set by the app only: a submitted value is refused (SPEC §11, "Who sees what in Jira"). */
    @Override
    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo,
                                   FieldConfig config) {
        AppSetValues.refuseSubmitted(relevantParams, errorCollectionToAddTo, config, i18n);
    }
}

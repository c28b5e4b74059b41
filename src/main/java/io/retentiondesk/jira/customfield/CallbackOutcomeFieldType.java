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
import io.retentiondesk.core.callback.CallbackOutcome;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Field type of "Callback outcome": how a complaint callback went. The type owns its three values (SATISFIED,
 * STILL_DISSATISFIED, UNREACHABLE), stored as those words and offered as a list worded in the agent's language, so
 * every field of this type has exactly these options whatever it is called, in every project and language, with no
 * options for an administrator to create, rename or delete. Searched with Jira's exact text searcher
 * ({@code "Callback outcome" = STILL_DISSATISFIED}).
 */
@Named
public class CallbackOutcomeFieldType extends AgentFieldType<String> {
    static final String INVALID = "retention.field.callbackOutcome.invalid";

    @Inject
    public CallbackOutcomeFieldType(@ComponentImport CustomFieldValuePersister persister,
                                    @ComponentImport GenericConfigManager configs,
                                    @ComponentImport I18nResolver i18n) {
        super(persister, configs, i18n);
    }

    /**
     * The outcome a text names: the stored word, or the words with spaces in any case ("Still dissatisfied"), as a
     * select list an administrator made by hand before this release holds them.
     */
    public static Optional<CallbackOutcome> outcomeOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CallbackOutcome.valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_LIMITED_TEXT;
    }

    @Override
    protected String parse(String text) throws FieldValidationException {
        return outcomeOf(text).map(Enum::name)
                .orElseThrow(() -> refused(INVALID, StoredTextFieldType.shortened(text)));
    }

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
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> params = super.getVelocityParameters(issue, field, fieldLayoutItem);
        List<OutcomeChoice> choices = new ArrayList<>();
        for (CallbackOutcome o : CallbackOutcome.values()) {
            choices.add(new OutcomeChoice(o.name(), label(o)));
        }
        params.put("outcomeChoices", choices);
        String stored = issue == null ? null : getValueFromIssue(field, issue);
        params.put("outcomeText", outcomeOf(stored).map(this::label).orElse(""));
        return params;
    }

    /** The outcome in the viewer's words; the stored word where the bundle has none. */
    private String label(CallbackOutcome outcome) {
        return java.util.Objects.requireNonNullElse(text("retention.callback.outcome." + outcome.name()), outcome.name());
    }
}

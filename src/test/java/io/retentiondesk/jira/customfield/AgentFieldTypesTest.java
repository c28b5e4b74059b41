package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.testing.Bundle;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The three fields the agent fills: what each takes, what it refuses (in the agent's words), what its views get. */
class AgentFieldTypesTest {
    private final CustomFieldValuePersister persister = mock(CustomFieldValuePersister.class);
    private final GenericConfigManager configs = mock(GenericConfigManager.class);
    private final Bundle en = Bundle.of(Locale.ENGLISH);
    private final CallbackOutcomeFieldType outcome = new CallbackOutcomeFieldType(persister, configs, en.resolver());
    private final CallbackRatingFieldType rating = new CallbackRatingFieldType(persister, configs, en.resolver());
    private final CallbackNoteFieldType note = new CallbackNoteFieldType(persister, configs, en.resolver());

    @Test
    void eachStoresInTheColumnItsBuiltInSearcherIndexes() {
        assertThat(outcome.getDatabaseType()).isEqualTo(PersistenceFieldType.TYPE_LIMITED_TEXT);
        assertThat(rating.getDatabaseType()).isEqualTo(PersistenceFieldType.TYPE_DECIMAL);
        assertThat(note.getDatabaseType()).isEqualTo(PersistenceFieldType.TYPE_UNLIMITED_TEXT);
    }

    /** The type owns its values: the three words, whatever the field is called, in any case or with spaces. */
    @Test
    void anOutcomeIsOneOfTheThreeWordsAndIsStoredAsThatWord() throws Exception {
        for (CallbackOutcome o : CallbackOutcome.values()) {
            assertThat(outcome.getSingularObjectFromString(o.name())).isEqualTo(o.name());
            assertThat(outcome.getObjectFromDbValue(outcome.getDbValueFromObject(o.name()))).isEqualTo(o.name());
        }
        assertThat(outcome.getSingularObjectFromString(" still dissatisfied ")).isEqualTo("STILL_DISSATISFIED");
        assertThat(outcome.getSingularObjectFromString(" ")).isNull();
        assertThatThrownBy(() -> outcome.getSingularObjectFromString("happy-ish"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage(en.text(CallbackOutcomeFieldType.INVALID, "happy-ish"));
    }

    @Test
    void aRatingIsAWholeNumberFromOneToFive() throws Exception {
        for (int r = 1; r <= 5; r++) {
            assertThat(rating.getSingularObjectFromString(" " + r + " ")).isEqualTo((double) r);
            assertThat(rating.getStringFromSingularObject((double) r)).isEqualTo(Integer.toString(r));
        }
        assertThat(rating.getSingularObjectFromString("4.0")).isEqualTo(4.0);
        for (String bad : List.of("0", "6", "2.5", "NaN", "five", "1e9")) {
            assertThatThrownBy(() -> rating.getSingularObjectFromString(bad)).as(bad)
                    .isInstanceOf(FieldValidationException.class)
                    .hasMessage(en.text(CallbackRatingFieldType.INVALID, bad));
        }
    }

    @Test
    void aNoteKeepsItsTextUpToTheLimit() throws Exception {
        String said = "Wants the <b>manager</b> to call\nbefore Friday";
        assertThat(note.getSingularObjectFromString(said)).isEqualTo(said);
        assertThat(note.getObjectFromDbValue(note.getDbValueFromObject(said))).isEqualTo(said);
        assertThatThrownBy(() -> note.getSingularObjectFromString("x".repeat(CallbackNoteFieldType.MAX_LENGTH + 1)))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage(en.text(CallbackNoteFieldType.TOO_LONG, 4000, 4001));
    }

    /** A screen, REST or a bulk change: a bad value is named on the field; an empty one or a good one passes. */
    @Test
    void aBadSubmittedValueIsRefusedOnTheFieldAndAGoodOrEmptyOneIsNot() {
        FieldConfig config = mock(FieldConfig.class);
        when(config.getFieldId()).thenReturn("customfield_10600");
        Map<CustomFieldType<?, ?>, String[]> badAndGood = Map.of(outcome, new String[] {"maybe", "UNREACHABLE"},
                rating, new String[] {"9", "3"}, note, new String[] {"x".repeat(4001), "ok"});
        badAndGood.forEach((type, values) -> {
            ErrorCollection errors = mock(ErrorCollection.class);
            type.validateFromParams(params(values[0]), errors, config);
            verify(errors).addError(org.mockito.ArgumentMatchers.eq("customfield_10600"),
                    org.mockito.ArgumentMatchers.anyString());

            ErrorCollection none = mock(ErrorCollection.class);
            type.validateFromParams(params(values[1]), none, config);
            type.validateFromParams(params(" "), none, config);
            type.validateFromParams(params(), none, config);
            verifyNoInteractions(none);
        });
        ErrorCollection errors = mock(ErrorCollection.class);
        outcome.validateFromParams(params("maybe"), errors, config);
        verify(errors).addError("customfield_10600", en.text(CallbackOutcomeFieldType.INVALID, "maybe"));
    }

    @Test
    void theEditListOffersTheThreeOutcomesInTheAgentsLanguageUnderTheFieldsOwnName() {
        Bundle zh = Bundle.of(Locale.SIMPLIFIED_CHINESE);
        CallbackOutcomeFieldType chinese = new CallbackOutcomeFieldType(persister, configs, zh.resolver()) {
            @Override
            public String getValueFromIssue(CustomField field, Issue issue) {
                return "STILL_DISSATISFIED";
            }
        };
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn("customfield_10600");
        when(field.getName()).thenReturn("回访结果");

        Map<String, Object> params = chinese.getVelocityParameters(mock(Issue.class), field, null);

        assertThat(params).containsEntry("fieldId", "customfield_10600").containsEntry("fieldName", "回访结果")
                .containsEntry("outcomeText", "仍不满意");
        assertThat(params.get("outcomeChoices")).isEqualTo(Arrays.asList(new OutcomeChoice("SATISFIED", "满意"),
                new OutcomeChoice("STILL_DISSATISFIED", "仍不满意"), new OutcomeChoice("UNREACHABLE", "联系不上")));
        assertThat(outcome.getVelocityParameters(null, null, null)).containsEntry("outcomeText", "")
                .containsEntry("fieldId", "");
        assertThat(rating.getVelocityParameters(null, null, null)).containsEntry("ratingChoices",
                List.of("1", "2", "3", "4", "5")).containsEntry("ratingText", "");
        assertThat(note.getVelocityParameters(null, null, null)).containsEntry("noteText", "");
    }

    private static CustomFieldParams params(String... values) {
        CustomFieldParams p = mock(CustomFieldParams.class);
        when(p.getAllValues()).thenReturn(List.of(values));
        return p;
    }
}

package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** The read-only field types: the column each stores in, and the round trip between text, value and column. */
class FieldTypesTest {
    private final CustomFieldValuePersister persister = mock(CustomFieldValuePersister.class);
    private final GenericConfigManager configs = mock(GenericConfigManager.class);
    private final com.atlassian.sal.api.message.I18nResolver i18n = mock(com.atlassian.sal.api.message.I18nResolver.class);
    private final ScoreFieldType score = new ScoreFieldType(persister, configs, i18n);
    private final TokenFieldType token = new TokenFieldType(persister, configs, i18n);
    private final ReasonsFieldType reasons = new ReasonsFieldType(persister, configs, i18n);
    private final DueFieldType due = new DueFieldType(persister, configs, i18n);

    @Test
    void aValueSubmittedByAnEditRestOrBulkChangeIsRefusedOnTheFieldAndAnEmptyOneIsNot() {
        org.mockito.Mockito.when(i18n.getText(AppSetValues.REFUSED)).thenReturn("Retention Desk sets this field itself");
        com.atlassian.jira.issue.fields.config.FieldConfig config =
                mock(com.atlassian.jira.issue.fields.config.FieldConfig.class);
        org.mockito.Mockito.when(config.getFieldId()).thenReturn("customfield_10500");
        for (com.atlassian.jira.issue.customfields.CustomFieldType<?, ?> type
                : java.util.List.<com.atlassian.jira.issue.customfields.CustomFieldType<?, ?>>of(score, token, reasons, due)) {
            com.atlassian.jira.util.ErrorCollection errors = mock(com.atlassian.jira.util.ErrorCollection.class);
            type.validateFromParams(params("80"), errors, config);
            org.mockito.Mockito.verify(errors).addError("customfield_10500", "Retention Desk sets this field itself");

            com.atlassian.jira.util.ErrorCollection none = mock(com.atlassian.jira.util.ErrorCollection.class);
            type.validateFromParams(params(), none, config);
            type.validateFromParams(params(" "), none, config);
            org.mockito.Mockito.verifyNoInteractions(none);
        }
    }

    private static com.atlassian.jira.issue.customfields.view.CustomFieldParams params(String... values) {
        com.atlassian.jira.issue.customfields.view.CustomFieldParams p =
                mock(com.atlassian.jira.issue.customfields.view.CustomFieldParams.class);
        org.mockito.Mockito.when(p.getAllValues()).thenReturn(java.util.List.of(values));
        return p;
    }

    @Test
    void eachTypeStoresInTheColumnItsBuiltInSearcherIndexes() {
        assertThat(score.getDatabaseType()).isEqualTo(PersistenceFieldType.TYPE_DECIMAL);
        assertThat(token.getDatabaseType()).isEqualTo(PersistenceFieldType.TYPE_LIMITED_TEXT);
        assertThat(reasons.getDatabaseType()).isEqualTo(PersistenceFieldType.TYPE_UNLIMITED_TEXT);
        assertThat(due.getDatabaseType()).isEqualTo(PersistenceFieldType.TYPE_DATE);
    }

    @Property
    void everyScoreRoundTripsThroughTextAndColumn(@ForAll @IntRange(min = -100, max = 100) int s) throws Exception {
        Double value = (double) s;
        assertThat(score.getStringFromSingularObject(value)).isEqualTo(Integer.toString(s));
        assertThat(score.getSingularObjectFromString(score.getStringFromSingularObject(value))).isEqualTo(value);
        assertThat(score.getObjectFromDbValue(score.getDbValueFromObject(value))).isEqualTo(value);
    }

    @Test
    void scoresOutsideTheRangeOrNotNumbersAreRejectedWithWhatWasExpected() {
        assertThatThrownBy(() -> score.getSingularObjectFromString("101"))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("-100 to 100").hasMessageContaining("101");
        assertThatThrownBy(() -> score.getSingularObjectFromString("high"))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("'high'");
        assertThatThrownBy(() -> score.getSingularObjectFromString("NaN")).isInstanceOf(FieldValidationException.class);
    }

    @Test
    void blankTextIsNoValue() throws Exception {
        assertThat(score.getSingularObjectFromString(" ")).isNull();
        assertThat(token.getSingularObjectFromString("")).isNull();
        assertThat(reasons.getSingularObjectFromString(null)).isNull();
        assertThat(due.getSingularObjectFromString("  ")).isNull();
    }

    @Test
    void tokensAreTheLanguageNeutralWordsJqlMatches() throws Exception {
        for (String t : new String[] {"KEY", "HIGH", "RETAIN_AND_GROW", "OVERDUE"}) {
            assertThat(token.getSingularObjectFromString(" " + t + " ")).isEqualTo(t);
        }
        assertThatThrownBy(() -> token.getSingularObjectFromString("<script>alert(1)</script>"))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("upper-case word");
        assertThatThrownBy(() -> token.getSingularObjectFromString("high")).isInstanceOf(FieldValidationException.class);
    }

    @Test
    void reasonsKeepTheirTextUpToTheLimit() throws Exception {
        String r = "REPEAT_COMPLAINT SUP-9 (12.50); CHASER SUP-9 (4.00)";
        assertThat(reasons.getSingularObjectFromString(r)).isEqualTo(r);
        assertThat(reasons.getObjectFromDbValue(reasons.getDbValueFromObject(r))).isEqualTo(r);
        assertThatThrownBy(() -> reasons.getSingularObjectFromString("x".repeat(ReasonsFieldType.MAX_LENGTH + 1)))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("at most 4000");
    }

    @Test
    void dueIsAnInstantStoredAsATimestamp() throws Exception {
        Date at = Date.from(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(due.getDbValueFromObject(at)).isInstanceOf(Timestamp.class);
        assertThat(due.getObjectFromDbValue(due.getDbValueFromObject(at))).isEqualTo(new Timestamp(at.getTime()));
        assertThat(due.getStringFromSingularObject(at)).isEqualTo("2026-11-25T09:00:00Z");
        assertThat(due.getSingularObjectFromString("2026-11-25T09:00:00Z").getTime()).isEqualTo(at.getTime());
        assertThatThrownBy(() -> due.getSingularObjectFromString("tomorrow"))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("ISO-8601");
    }

    @Test
    void dueViewParameterIsTheDueTimeInUtcOrEmpty() {
        Issue issue = mock(Issue.class);
        DueFieldType fixed = new DueFieldType(persister, configs, i18n) {
            @Override
            public Date getValueFromIssue(com.atlassian.jira.issue.fields.CustomField field, Issue i) {
                return Date.from(Instant.parse("2026-11-25T09:00:00Z"));
            }
        };
        assertThat(fixed.getVelocityParameters(issue, null, null)).containsEntry("dueText", "2026-11-25 09:00 UTC");
        assertThat(due.getVelocityParameters(null, null, null)).containsEntry("dueText", "");
        ScoreFieldType fortyTwo = new ScoreFieldType(persister, configs, i18n) {
            @Override
            public Double getValueFromIssue(com.atlassian.jira.issue.fields.CustomField field, Issue i) {
                return 42.0;
            }
        };
        assertThat(fortyTwo.getVelocityParameters(issue, null, null)).containsEntry("scoreText", "42");
    }
}

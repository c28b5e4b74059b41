package io.retentiondesk.jira.jql;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.retentiondesk.jira.ao.CallbackSchedule;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CallbacksOverdueFunctionTest {
    private static final Instant NOW = Instant.parse("2026-06-30T09:00:00Z");
    private final CallbackSchedule schedule = mock(CallbackSchedule.class);
    private final CallbacksOverdueFunction function =
            new CallbacksOverdueFunction(schedule, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void returnsTheOverdueComplaintsAsIssueLiterals() {
        when(schedule.overdueIssueIds(NOW, CallbacksOverdueFunction.MAX_ISSUES)).thenReturn(List.of(10001L, 10007L));
        FunctionOperand operand = new FunctionOperand("callbacksOverdue");
        List<QueryLiteral> values = function.getValues(mock(QueryCreationContext.class), operand, mock(TerminalClause.class));
        assertThat(values).extracting(QueryLiteral::getLongValue).containsExactly(10001L, 10007L);
        assertThat(values).allMatch(l -> l.getSourceOperand() == operand);
        assertThat(function.getDataType()).isSameAs(JiraDataTypes.ISSUE);
        assertThat(function.getMinimumNumberOfExpectedArguments()).isZero();
    }

    @Test
    void argumentsAreRejectedWithATranslatedMessage() {
        JqlFunctionModuleDescriptor descriptor = mock(JqlFunctionModuleDescriptor.class);
        I18nHelper i18n = mock(I18nHelper.class);
        when(descriptor.getI18nBean()).thenReturn(i18n);
        when(i18n.getText("retention.jql.callbacksOverdue.noArguments")).thenReturn("callbacksOverdue() takes no arguments");
        function.init(descriptor);
        MessageSet bad = function.validate(null, new FunctionOperand("callbacksOverdue", "KEY"), mock(TerminalClause.class));
        assertThat(bad.getErrorMessages()).containsExactly("callbacksOverdue() takes no arguments");
        MessageSet good = function.validate(null, new FunctionOperand("callbacksOverdue"), mock(TerminalClause.class));
        assertThat(good.hasAnyErrors()).isFalse();
    }

    @Test
    void whenMoreAreOverdueThanTheCapValidationWarnsAndTheSearchStillRuns() {
        JqlFunctionModuleDescriptor descriptor = mock(JqlFunctionModuleDescriptor.class);
        I18nHelper i18n = mock(I18nHelper.class);
        when(descriptor.getI18nBean()).thenReturn(i18n);
        when(i18n.getText("retention.jql.callbacksOverdue.capped")).thenReturn("the 50,000 most recently due");
        function.init(descriptor);
        when(schedule.countOverdue(NOW)).thenReturn(CallbacksOverdueFunction.MAX_ISSUES);
        assertThat(function.validate(null, new FunctionOperand("callbacksOverdue"), mock(TerminalClause.class))
                .getWarningMessages()).isEmpty();
        when(schedule.countOverdue(NOW)).thenReturn(CallbacksOverdueFunction.MAX_ISSUES + 1);
        MessageSet over = function.validate(null, new FunctionOperand("callbacksOverdue"), mock(TerminalClause.class));
        assertThat(over.hasAnyErrors()).isFalse();
        assertThat(over.getWarningMessages()).containsExactly("the 50,000 most recently due");
    }
}

package io.retentiondesk.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class AtRiskCustomersFunctionTest {
    private final io.retentiondesk.jira.ao.TicketLinks customers = mock(io.retentiondesk.jira.ao.TicketLinks.class);
    private final AtRiskCustomersFunction function = new AtRiskCustomersFunction(customers);

    @Test
    void bandAndRiskierOnes() {
        when(customers.ticketsOfCustomersIn(EnumSet.of(RiskBand.HIGH, RiskBand.CRITICAL), AtRiskCustomersFunction.MAX_ISSUES + 1))
                .thenReturn(List.of(7L, 3L));
        FunctionOperand operand = new FunctionOperand("atRiskCustomers", "high");
        List<QueryLiteral> values = function.getValues(mock(QueryCreationContext.class), operand, mock(TerminalClause.class));
        assertThat(values).extracting(QueryLiteral::getLongValue).containsExactly(7L, 3L);
    }

    @Test
    void aBadBandIsRejectedWithATranslatedMessageAndGivesNothing() {
        JqlFunctionModuleDescriptor descriptor = mock(JqlFunctionModuleDescriptor.class);
        I18nHelper i18n = mock(I18nHelper.class);
        when(descriptor.getI18nBean()).thenReturn(i18n);
        when(i18n.getText("retention.jql.atRiskCustomers.band")).thenReturn("expected LOW, MEDIUM, HIGH or CRITICAL");
        function.init(descriptor);
        for (FunctionOperand bad : List.of(new FunctionOperand("atRiskCustomers", "SEVERE"),
                new FunctionOperand("atRiskCustomers", "CHURNED"), new FunctionOperand("atRiskCustomers"),
                new FunctionOperand("atRiskCustomers", "HIGH", "LOW"))) {
            assertThat(function.validate(null, bad, mock(TerminalClause.class)).getErrorMessages())
                    .containsExactly("expected LOW, MEDIUM, HIGH or CRITICAL");
            assertThat(function.getValues(mock(QueryCreationContext.class), bad, mock(TerminalClause.class))).isEmpty();
        }
        assertThat(function.validate(null, new FunctionOperand("atRiskCustomers", "Medium"), mock(TerminalClause.class))
                .hasAnyErrors()).isFalse();
    }

    @Test
    void whenMoreTicketsMatchThanTheCapValidationWarnsAndTheSearchKeepsTheNewest() {
        JqlFunctionModuleDescriptor descriptor = mock(JqlFunctionModuleDescriptor.class);
        I18nHelper i18n = mock(I18nHelper.class);
        when(descriptor.getI18nBean()).thenReturn(i18n);
        when(i18n.getText("retention.jql.atRiskCustomers.capped")).thenReturn("only the newest 50,000 are searched");
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-01T00:00:00Z"));
        AtRiskCustomersFunction capped = new AtRiskCustomersFunction(customers, clock);
        capped.init(descriptor);
        FunctionOperand low = new FunctionOperand("atRiskCustomers", "LOW");
        EnumSet<RiskBand> all = EnumSet.of(RiskBand.LOW, RiskBand.MEDIUM, RiskBand.HIGH, RiskBand.CRITICAL);
        when(customers.ticketsOfCustomersIn(all, AtRiskCustomersFunction.MAX_ISSUES + 1))
                .thenReturn(newestFirst(AtRiskCustomersFunction.MAX_ISSUES));
        MessageSet atCap = capped.validate(null, low, mock(TerminalClause.class));
        assertThat(atCap.hasAnyErrors()).isFalse();
        assertThat(atCap.getWarningMessages()).isEmpty();

        clock.advance(AtRiskCustomersFunction.REUSED_FOR); // the result read above is no longer reused
        when(customers.ticketsOfCustomersIn(all, AtRiskCustomersFunction.MAX_ISSUES + 1))
                .thenReturn(newestFirst(AtRiskCustomersFunction.MAX_ISSUES + 1));
        MessageSet over = capped.validate(null, low, mock(TerminalClause.class));
        assertThat(over.hasAnyErrors()).isFalse();
        assertThat(over.getWarningMessages()).containsExactly("only the newest 50,000 are searched");
        List<QueryLiteral> values = capped.getValues(mock(QueryCreationContext.class), low, mock(TerminalClause.class));
        assertThat(values).hasSize(AtRiskCustomersFunction.MAX_ISSUES);
        assertThat(values.get(0).getLongValue()).isEqualTo(AtRiskCustomersFunction.MAX_ISSUES + 1L); // the newest kept
        assertThat(values.get(values.size() - 1).getLongValue()).isEqualTo(2L); // the oldest one dropped
    }

    @Test
    void validationAndValuesOfOneSearchShareOneQueryAndALaterSearchReadsAgain() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-01T00:00:00Z"));
        AtRiskCustomersFunction function = new AtRiskCustomersFunction(customers, clock);
        EnumSet<RiskBand> atLeastHigh = EnumSet.of(RiskBand.HIGH, RiskBand.CRITICAL);
        when(customers.ticketsOfCustomersIn(atLeastHigh, AtRiskCustomersFunction.MAX_ISSUES + 1))
                .thenReturn(List.of(7L), List.of(8L, 7L));
        FunctionOperand high = new FunctionOperand("atRiskCustomers", "HIGH");
        function.validate(null, high, mock(TerminalClause.class));
        clock.advance(AtRiskCustomersFunction.REUSED_FOR.minusMillis(1));
        assertThat(function.getValues(mock(QueryCreationContext.class), high, mock(TerminalClause.class)))
                .extracting(QueryLiteral::getLongValue).containsExactly(7L);
        clock.advance(java.time.Duration.ofMillis(1));
        assertThat(function.getValues(mock(QueryCreationContext.class), high, mock(TerminalClause.class)))
                .extracting(QueryLiteral::getLongValue).containsExactly(8L, 7L);
        org.mockito.Mockito.verify(customers, org.mockito.Mockito.times(2))
                .ticketsOfCustomersIn(atLeastHigh, AtRiskCustomersFunction.MAX_ISSUES + 1);
    }

    private static List<Long> newestFirst(int n) {
        return java.util.stream.LongStream.iterate(n, id -> id - 1).limit(n).boxed().toList();
    }
}

package io.retentiondesk.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.retentiondesk.core.churn.RiskBand;
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
        when(customers.ticketsOfCustomersIn(EnumSet.of(RiskBand.HIGH, RiskBand.CRITICAL), AtRiskCustomersFunction.MAX_ISSUES))
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
    void whenMoreTicketsMatchThanTheCapValidationWarnsAndTheSearchStillRuns() {
        JqlFunctionModuleDescriptor descriptor = mock(JqlFunctionModuleDescriptor.class);
        I18nHelper i18n = mock(I18nHelper.class);
        when(descriptor.getI18nBean()).thenReturn(i18n);
        when(i18n.getText("retention.jql.atRiskCustomers.capped")).thenReturn("only the newest 50,000 are searched");
        function.init(descriptor);
        FunctionOperand low = new FunctionOperand("atRiskCustomers", "LOW");
        when(customers.countTicketsOfCustomersIn(EnumSet.of(RiskBand.LOW, RiskBand.MEDIUM, RiskBand.HIGH,
                RiskBand.CRITICAL))).thenReturn(AtRiskCustomersFunction.MAX_ISSUES);
        MessageSet atCap = function.validate(null, low, mock(TerminalClause.class));
        assertThat(atCap.hasAnyErrors()).isFalse();
        assertThat(atCap.getWarningMessages()).isEmpty();
        when(customers.countTicketsOfCustomersIn(EnumSet.of(RiskBand.LOW, RiskBand.MEDIUM, RiskBand.HIGH,
                RiskBand.CRITICAL))).thenReturn(AtRiskCustomersFunction.MAX_ISSUES + 1);
        MessageSet over = function.validate(null, low, mock(TerminalClause.class));
        assertThat(over.hasAnyErrors()).isFalse();
        assertThat(over.getWarningMessages()).containsExactly("only the newest 50,000 are searched");
    }
}

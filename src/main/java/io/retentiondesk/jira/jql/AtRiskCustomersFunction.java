package io.retentiondesk.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.jira.ao.TicketLinks;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code issue in atRiskCustomers("HIGH")}: tickets of customers whose latest churn-risk band is the given one or
 * riskier, e.g. {@code issue in atRiskCustomers("HIGH") AND resolution = Unresolved ORDER BY "Churn risk score" DESC}.
 */
@Named
public class AtRiskCustomersFunction extends AbstractJqlFunction {
    /**
     * Jira turns each literal into a search clause and refuses a query of more than {@code jira.search.maxclauses}
     * (65,000 by default); the cap stays below it, and validation warns when it is reached.
     */
    static final int MAX_ISSUES = 50_000;
    private final TicketLinks links;

    @Inject
    public AtRiskCustomersFunction(TicketLinks links) {
        this.links = Objects.requireNonNull(links);
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        Optional<RiskBand> floor = operand.getArgs().size() == 1 ? band(operand.getArgs().get(0)) : Optional.empty();
        if (floor.isEmpty()) {
            messages.addErrorMessage(getI18n().getText("retention.jql.atRiskCustomers.band"));
        } else if (links.countTicketsOfCustomersIn(bandsFrom(floor.get())) > MAX_ISSUES) {
            messages.addWarningMessage(getI18n().getText("retention.jql.atRiskCustomers.capped"));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        Optional<RiskBand> floor = operand.getArgs().size() == 1 ? band(operand.getArgs().get(0)) : Optional.empty();
        if (floor.isEmpty()) {
            return List.of();
        }
        return links.ticketsOfCustomersIn(bandsFrom(floor.get()), MAX_ISSUES).stream()
                .map(id -> new QueryLiteral(operand, id)).toList();
    }

    private static EnumSet<RiskBand> bandsFrom(RiskBand floor) {
        EnumSet<RiskBand> bands = EnumSet.noneOf(RiskBand.class);
        for (RiskBand b : RiskBand.values()) {
            if (b.atLeast(floor)) {
                bands.add(b);
            }
        }
        return bands;
    }

    /** LOW, MEDIUM, HIGH or CRITICAL, in any case. */
    static Optional<RiskBand> band(String raw) {
        try {
            RiskBand b = RiskBand.valueOf(raw.trim().toUpperCase(Locale.ROOT));
            return b == RiskBand.CHURNED ? Optional.empty() : Optional.of(b);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}

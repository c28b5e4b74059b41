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
import io.retentiondesk.jira.ao.CallbackSchedule;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * {@code issue in callbacksOverdue()}: complaints whose follow-up callback is past due and not done, e.g.
 * {@code issue in callbacksOverdue() ORDER BY "Callback due" ASC}. Jira applies browse permissions to the
 * result as to any JQL.
 */
@Named
public class CallbacksOverdueFunction extends AbstractJqlFunction {
    /**
     * Jira turns each literal into a search clause and refuses a query of more than {@code jira.search.maxclauses}
     * (65,000 by default); the cap stays below it, keeps the most recently due, and validation warns when reached.
     */
    static final int MAX_ISSUES = 50_000;
    private final CallbackSchedule schedule;
    private final Clock clock;

    @Inject
    public CallbacksOverdueFunction(CallbackSchedule schedule) {
        this(schedule, Clock.systemUTC());
    }

    CallbacksOverdueFunction(CallbackSchedule schedule, Clock clock) {
        this.schedule = Objects.requireNonNull(schedule);
        this.clock = clock;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        if (!operand.getArgs().isEmpty()) {
            messages.addErrorMessage(getI18n().getText("retention.jql.callbacksOverdue.noArguments"));
        } else if (schedule.countOverdue(clock.instant()) > MAX_ISSUES) {
            messages.addWarningMessage(getI18n().getText("retention.jql.callbacksOverdue.capped"));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        return schedule.overdueIssueIds(clock.instant(), MAX_ISSUES).stream()
                .map(id -> new QueryLiteral(operand, id)).toList();
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 0;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}

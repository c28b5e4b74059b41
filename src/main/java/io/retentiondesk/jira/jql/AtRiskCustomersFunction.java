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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code issue in atRiskCustomers("HIGH")}: tickets of customers whose latest churn-risk band is the given one or
 * riskier, e.g. {@code issue in atRiskCustomers("HIGH") AND resolution = Unresolved ORDER BY "Churn risk score" DESC}.
 *
 * <p>Jira asks for validation and then for the values of each search, and a dashboard runs several at once; both
 * are answered from one query whose result is reused for {@link #REUSED_FOR} (bands move with transitions and the
 * nightly job, not by the second), so a search costs one join of the ticket links to the customers at most.
 */
@Named
public class AtRiskCustomersFunction extends AbstractJqlFunction {
    /**
     * Jira turns each literal into a search clause and refuses a query of more than {@code jira.search.maxclauses}
     * (65,000 by default); the cap stays below it, and validation warns when it is reached.
     */
    static final int MAX_ISSUES = 50_000;
    static final Duration REUSED_FOR = Duration.ofSeconds(10);
    private final TicketLinks links;
    private final Clock clock;
    private final Map<Set<RiskBand>, Matched> recent = new ConcurrentHashMap<>();

    /** The newest matching issues (one more than the cap, to tell when it is exceeded) and when they were read. */
    private record Matched(Instant at, List<Long> issueIds) {
    }

    @Inject
    public AtRiskCustomersFunction(TicketLinks links) {
        this(links, Clock.systemUTC());
    }

    /** With the clock that says when a result is no longer reused (tests move it). */
    AtRiskCustomersFunction(TicketLinks links, Clock clock) {
        this.links = Objects.requireNonNull(links);
        this.clock = Objects.requireNonNull(clock);
    }

    private List<Long> matching(RiskBand floor) {
        Set<RiskBand> bands = bandsFrom(floor);
        Instant now = clock.instant();
        Matched m = recent.get(bands);
        if (m == null || !now.isBefore(m.at().plus(REUSED_FOR)) || now.isBefore(m.at())) {
            m = new Matched(now, links.ticketsOfCustomersIn(bands, MAX_ISSUES + 1));
            recent.put(bands, m);
        }
        return m.issueIds();
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        Optional<RiskBand> floor = operand.getArgs().size() == 1 ? band(operand.getArgs().get(0)) : Optional.empty();
        if (floor.isEmpty()) {
            messages.addErrorMessage(getI18n().getText("retention.jql.atRiskCustomers.band"));
        } else if (matching(floor.get()).size() > MAX_ISSUES) {
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
        List<Long> ids = matching(floor.get());
        return ids.subList(0, Math.min(ids.size(), MAX_ISSUES)).stream()
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

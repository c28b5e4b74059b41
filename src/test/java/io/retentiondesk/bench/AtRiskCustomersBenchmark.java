package io.retentiondesk.bench;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.retentiondesk.core.churn.RiskBand;
import io.retentiondesk.jira.ao.CustomerEntity;
import io.retentiondesk.jira.ao.CustomerTicketEntity;
import io.retentiondesk.jira.ao.EntityManagerActiveObjects;
import io.retentiondesk.jira.ao.TicketLinks;
import io.retentiondesk.jira.jql.AtRiskCustomersFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What one {@code issue in atRiskCustomers("LOW")} costs the app (SPEC §10): Jira calls the function's
 * {@code validate} and then {@code getValues} for each search, so one operation is both, over 100,000 assessed
 * customers with two linked tickets each (200,000 links) on embedded HSQLDB. Bands are spread as a desk sees them
 * (60 % LOW, 25 % MEDIUM, 10 % HIGH, 5 % CRITICAL): {@code LOW} matches every ticket and meets the 50,000-issue cap
 * (validation warns), {@code HIGH} matches 30,000. The goal is under 200 ms. The function reuses a result for ten
 * seconds; each search here gets a function that has read nothing (untimed), so validation and values share one
 * query and every search reads the database, as searches ten seconds apart would. Jira's own search over the literals is
 * not included. Not a test: run it with
 * {@code mvn -B -q test-compile exec:exec@bench -Dbench=AtRiskCustomersBenchmark} (README, "Jira-side performance").
 *
 * <p>Seeding inserts the rows with Active Objects' bulk create (about ten seconds, untimed).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 4)
@Measurement(iterations = 3, time = 5)
public class AtRiskCustomersBenchmark {
    static final int CUSTOMERS = 100_000;

    @State(Scope.Benchmark)
    public static class Desk {
        @Param({"LOW", "HIGH"})
        public String band;

        TicketLinks links;
        AtRiskCustomersFunction function;
        FunctionOperand operand;

        @Setup(Level.Trial)
        public void seed() throws SQLException {
            EntityManagerActiveObjects db = EntityManagerActiveObjects.migratedAll();
            List<Map<String, Object>> customers = new ArrayList<>();
            List<Map<String, Object>> tickets = new ArrayList<>();
            for (int c = 0; c < CUSTOMERS; c++) {
                String key = "customer-" + c;
                customers.add(Map.of("CUSTOMER_KEY", key, "RISK_BAND", bandOf(c).name(), "RISK_SCORE", c % 100));
                for (int t = 0; t < 2; t++) {
                    tickets.add(Map.of("ISSUE_ID", 2L * c + t, "CUSTOMER_KEY", key, "MONTH", "2026-11"));
                }
                if (customers.size() == 5_000) {
                    flush(db, customers, tickets);
                }
            }
            flush(db, customers, tickets);

            links = new TicketLinks(db);
            function = fresh();
            operand = new FunctionOperand("atRiskCustomers", band);
            int matched = function.getValues(mock(QueryCreationContext.class), operand, mock(TerminalClause.class))
                    .size();
            int expected = "LOW".equals(band) ? 50_000 : 30_000;
            if (matched != expected) {
                throw new IllegalStateException("seeded " + matched + " matching tickets, expected " + expected);
            }
        }

        /** A function that has read nothing yet: each search reads the database, none reuses a result. */
        @Setup(Level.Invocation)
        public void forgetResults() {
            function = fresh();
        }

        private AtRiskCustomersFunction fresh() {
            AtRiskCustomersFunction f = new AtRiskCustomersFunction(links);
            JqlFunctionModuleDescriptor descriptor = mock(JqlFunctionModuleDescriptor.class);
            I18nHelper i18n = mock(I18nHelper.class);
            when(descriptor.getI18nBean()).thenReturn(i18n);
            when(i18n.getText("retention.jql.atRiskCustomers.capped")).thenReturn("capped");
            f.init(descriptor);
            return f;
        }

        private static void flush(EntityManagerActiveObjects db, List<Map<String, Object>> customers,
                                  List<Map<String, Object>> tickets) {
            db.insert(CustomerEntity.class, new ArrayList<>(customers));
            db.insert(CustomerTicketEntity.class, new ArrayList<>(tickets));
            customers.clear();
            tickets.clear();
        }

        private static RiskBand bandOf(int customer) {
            int slot = customer % 20;
            return slot < 12 ? RiskBand.LOW : slot < 17 ? RiskBand.MEDIUM : slot < 19 ? RiskBand.HIGH
                    : RiskBand.CRITICAL;
        }
    }

    /** What Jira asks of the function for one search: validation, then the issue ids. */
    @Benchmark
    public void search(Desk desk, Blackhole sink) {
        MessageSet messages = desk.function.validate(null, desk.operand, null);
        List<QueryLiteral> ids = desk.function.getValues(null, desk.operand, null);
        sink.consume(messages);
        sink.consume(ids);
    }
}

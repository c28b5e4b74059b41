package io.retentiondesk.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.rates.RateRow;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rate snapshot of each closed month: its rows as they stood when the month was written, so a later value
 * import or re-tier never rewrites a month a manager has already read.
 */
@Named
public class MonthlyRates {
    private final ActiveObjects ao;

    @Inject
    public MonthlyRates(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    /** @return whether the month was written now (false: it already was, by this or another node) */
    public boolean recordIfAbsent(YearMonth period, List<RateRow> rows) {
        return ao.executeInTransaction(() -> {
            if (ao.count(MonthlyRateEntity.class, "PERIOD = ?", period.toString()) > 0) {
                return false;
            }
            for (RateRow r : rows) {
                if (!r.period().equals(period)) {
                    throw new IllegalArgumentException("row of " + r.period() + " in the snapshot of " + period);
                }
                ao.create(MonthlyRateEntity.class, new DBParam("PERIOD", period.toString()), new DBParam("TIER", r.tier()),
                        new DBParam("BASE", r.base()), new DBParam("CHURNED", r.churned()),
                        new DBParam("LOW_CONFIDENCE", r.lowConfidence()));
            }
            return true;
        });
    }

    /** The month's stored rows, empty when it has no snapshot yet. */
    public List<RateRow> of(YearMonth period) {
        return ao.executeInTransaction(() -> {
            List<RateRow> rows = new ArrayList<>();
            // in the order written: the tiers, then ALL, as the calculator gives them
            for (MonthlyRateEntity e : ao.find(MonthlyRateEntity.class,
                    net.java.ao.Query.select().where("PERIOD = ?", period.toString()).order("ID"))) {
                rows.add(RateRow.of(period, e.getTier(), e.getBase(), e.getChurned(), e.isLowConfidence()));
            }
            return rows;
        });
    }
}

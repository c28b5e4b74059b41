package io.retentiondesk.jira.setup;

import io.retentiondesk.jira.ao.CustomerRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Objects;

/** The setup line of customer values: tiers need them, so none at all is something to do; otherwise a figure. */
@Named
public class CustomerValuesPart implements SetupCheckPart {
    static final String TITLE = "retention.setup.values.title";
    static final String NONE = "retention.setup.values.none";
    static final String SOME = "retention.setup.values.some";

    private final CustomerRegistry customers;

    @Inject
    public CustomerValuesPart(CustomerRegistry customers) {
        this.customers = Objects.requireNonNull(customers);
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<SetupLine> lines() {
        CustomerRegistry.ValueCounts counts = customers.valueCounts();
        String page = JiraScreens.adminPage("rd-values");
        return List.of(counts.withValue() == 0
                ? new SetupLine(TITLE, SetupState.MISSING, NONE, List.of(Integer.toString(counts.all())), page)
                : new SetupLine(TITLE, SetupState.INFO, SOME,
                        List.of(Integer.toString(counts.withValue()), Integer.toString(counts.all())), page));
    }
}

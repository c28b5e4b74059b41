package io.retentiondesk.report;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The export and side files {@code report} and {@code calibrate} read: one set of options, mixed into both. */
public final class InputFiles {
    @Option(names = "--issues", arity = "1..*", description = "Jira REST JSON files (search pages or issues)")
    List<Path> issues = new ArrayList<>();

    @Option(names = "--csv", arity = "1..*", description = "Issue navigator CSV exports")
    List<Path> csv = new ArrayList<>();

    @Option(names = "--values", description = "customer,annual_value,potential[,churned_at,churn_type,unworthy]")
    Path values;

    @Option(names = "--callbacks", description = "ticket,attempted_at,outcome,rating,note")
    Path callbacks;

    /** Whether no ticket file was given (neither --issues nor --csv). */
    boolean noTickets() {
        return issues.isEmpty() && csv.isEmpty();
    }

    ReportInputs inputs() {
        return new ReportInputs(issues, csv, values, callbacks);
    }
}

package io.retentiondesk.report;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.policy.PolicyException;
import io.retentiondesk.core.policy.PolicyParser;
import io.retentiondesk.report.output.HtmlReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code report --issues FILE… [--csv FILE…] [--values FILE] [--callbacks FILE] [--policy FILE] [--as-of INSTANT]
 * --out DIR} (SPEC §11): prints the churn-risk queue, writes report.json and report.html.
 */
@Command(name = "report", description = "Score an export and write report.json and report.html.")
public final class ReportCommand implements Callable<Integer> {
    static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--issues", arity = "1..*", description = "Jira REST JSON files (search pages or issues)")
    List<Path> issues = new ArrayList<>();

    @Option(names = "--csv", arity = "1..*", description = "Issue navigator CSV exports")
    List<Path> csv = new ArrayList<>();

    @Option(names = "--values", description = "customer,annual_value,potential[,churned_at,churn_type,unworthy]")
    Path values;

    @Option(names = "--callbacks", description = "ticket,attempted_at,outcome,rating,note")
    Path callbacks;

    @Option(names = "--policy", description = "Policy JSON (default: the shipped defaults)")
    Path policy;

    @Option(names = "--as-of", description = "ISO-8601 instant, e.g. 2026-06-30T00:00:00Z (default: now)")
    Instant asOf;

    @Option(names = "--out", required = true, description = "Folder for report.json and report.html")
    Path out;

    @Option(names = "--locale", converter = LocaleConverter.class,
            description = "Language of report.html and the terminal (en, zh-CN)")
    Locale locale = Locale.ENGLISH;

    @Override
    public Integer call() throws IOException {
        if (issues.isEmpty() && csv.isEmpty()) {
            System.err.println(new Messages(locale).get("retention.cli.noInput"));
            return EXIT_BAD_INPUT;
        }
        return run(new ReportInputs(issues, csv, values, callbacks), policy, asOf == null ? Instant.now() : asOf,
                out, locale, System.out);
    }

    /** Shared by {@code report} and {@code demo}. A bad policy stops the run before anything is written. */
    static int run(ReportInputs inputs, Path policyFile, Instant asOf, Path out, Locale locale, PrintStream console)
            throws IOException {
        Messages messages = new Messages(locale);
        Policy policy;
        try {
            policy = policyFile == null ? Policy.defaults()
                    : PolicyParser.parse(Files.readString(policyFile, StandardCharsets.UTF_8));
        } catch (PolicyException e) {
            console.println(messages.get("retention.cli.policyRejected", policyFile));
            e.problems().forEach(p -> console.println("  " + p));
            return EXIT_BAD_INPUT;
        }
        Files.createDirectories(out);
        Path json = out.resolve("report.json");
        ReportResult result = new OfflineReport(policy, asOf, new Progress(System.err, messages)).run(inputs, json);
        Path html = out.resolve("report.html");
        new HtmlReportWriter(locale).write(result, html);
        new QueueTable(messages).print(result, console);
        console.println(messages.get("retention.cli.wrote", json, html));
        return 0;
    }
}

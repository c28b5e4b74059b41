package io.retentiondesk.report;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.policy.PolicyException;
import io.retentiondesk.core.policy.PolicyParser;
import io.retentiondesk.report.input.TextFiles;
import io.retentiondesk.report.input.UnreadableFileException;
import io.retentiondesk.report.output.HtmlReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code report --issues FILE… [--csv FILE…] [--values FILE] [--callbacks FILE] [--policy FILE] [--as-of INSTANT]
 * --out DIR} (SPEC §11): prints the churn-risk queue, writes report.json and report.html.
 */
@Command(name = "report", description = "Score an export and write report.json and report.html.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the report was written (bad records are skipped with their position, not a failure)",
            "1:an unexpected failure; earlier reports in --out are unchanged",
            "2:refused before anything was written: a missing, unreadable or non-UTF-8 input, a folder given "
                + "as a file, an input named like an output in --out, --out not a writable folder, --as-of "
                + "outside 1970-2100, a rejected policy, or a usage error"})
public final class ReportCommand implements Callable<Integer> {
    static final int EXIT_BAD_INPUT = 2;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help, with the exit codes, and exit.")
    boolean help;

    @Mixin
    InputFiles files = new InputFiles();

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
        if (files.noTickets()) {
            System.err.println(new Messages(locale).get("retention.cli.noInput"));
            return EXIT_BAD_INPUT;
        }
        return run(files.inputs(), policy, asOf == null ? Instant.now() : asOf,
                out, locale, System.out);
    }

    /**
     * Shared by {@code report} and {@code demo}. Every refusal (an input, the output folder, the as-of time, a
     * bad policy) stops the run before anything is written; the reports are written aside in the output folder
     * and moved into place only when the run succeeds, so a failed run leaves earlier reports as they were.
     */
    static int run(ReportInputs inputs, Path policyFile, Instant asOf, Path out, Locale locale, PrintStream console)
            throws IOException {
        Messages messages = new Messages(locale);
        Optional<String> refusal = new Preflight(messages).refusal(inputs, policyFile, asOf, out);
        if (refusal.isPresent()) {
            console.println(Terminal.clean(refusal.get()));
            return EXIT_BAD_INPUT;
        }
        Policy policy;
        try {
            policy = policyFile == null ? Policy.defaults() : PolicyParser.parse(TextFiles.readString(policyFile));
        } catch (PolicyException e) {
            console.println(Terminal.clean(messages.get("retention.cli.policyRejected", policyFile)));
            e.problems().forEach(p -> console.println("  " + Terminal.clean(p.toString())));
            return EXIT_BAD_INPUT;
        } catch (UnreadableFileException e) {
            console.println(Terminal.clean(unreadable(messages, e)));
            return EXIT_BAD_INPUT;
        }
        Files.createDirectories(out);
        Path json = out.resolve("report.json");
        Path html = out.resolve("report.html");
        Path jsonAside = Files.createTempFile(out, ".report.json.", ".part");
        Path htmlAside = Files.createTempFile(out, ".report.html.", ".part");
        try {
            ReportResult result;
            try {
                result = new OfflineReport(policy, asOf, new Progress(System.err, messages)).run(inputs, jsonAside);
            } catch (UnreadableFileException e) {
                console.println(Terminal.clean(unreadable(messages, e)));
                return EXIT_BAD_INPUT;
            }
            new HtmlReportWriter(locale).write(result, htmlAside);
            Files.move(jsonAside, json, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(htmlAside, html, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            new QueueTable(messages).print(result, console);
            console.println(Terminal.clean(messages.get("retention.cli.wrote", json, html)));
            return 0;
        } finally {
            Files.deleteIfExists(jsonAside);
            Files.deleteIfExists(htmlAside);
        }
    }

    static String unreadable(Messages messages, UnreadableFileException e) {
        return messages.get(e.reason() == UnreadableFileException.Reason.UTF16 ? "retention.cli.refuse.utf16"
                : "retention.cli.refuse.notUtf8", e.file());
    }
}

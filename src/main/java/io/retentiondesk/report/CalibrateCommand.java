package io.retentiondesk.report;

import io.retentiondesk.core.CustomerStanding;
import io.retentiondesk.core.TicketRecord;
import io.retentiondesk.core.calibration.CalibratedPolicy;
import io.retentiondesk.core.calibration.CalibrationRefused;
import io.retentiondesk.core.calibration.CalibrationResult;
import io.retentiondesk.core.calibration.Calibrator;
import io.retentiondesk.core.calibration.CustomerHistory;
import io.retentiondesk.core.churn.RiskAssessor;
import io.retentiondesk.core.churn.PackedRiskTickets;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.policy.PolicyException;
import io.retentiondesk.core.policy.PolicyParser;
import io.retentiondesk.core.ticket.CustomerKey;
import io.retentiondesk.report.input.TextFiles;
import io.retentiondesk.report.input.UnreadableFileException;
import io.retentiondesk.report.output.CalibrationHtmlWriter;
import io.retentiondesk.report.output.CalibrationJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code calibrate --issues FILE… [--csv FILE…] [--values FILE] [--callbacks FILE] [--policy FILE]
 * [--as-of INSTANT] --out DIR} (SPEC §12): fits the churn-risk points to the export's own churn history and
 * writes policy.json (feed it to {@code report --policy}), calibration.json and calibration.html. Reads the
 * export with the report's own pass, so every ticket's signals are exactly those the report scores.
 */
@Command(name = "calibrate", description = "Fit the churn-risk points to the export's churn history; write "
        + "policy.json, calibration.json and calibration.html.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written (the terminal and calibration.html say whether to apply the fitted points or keep the "
                + "defaults)",
            "1:an unexpected failure; earlier files in --out are unchanged",
            "2:refused before anything was written: too little history (fewer than 20 churners or 6 months), a "
                + "missing, unreadable or non-UTF-8 input, a folder given as a file, an input named like an output "
                + "in --out, --out not a writable folder, --as-of outside 1970-2100, a rejected policy, or a usage "
                + "error"})
public final class CalibrateCommand implements Callable<Integer> {
    static final List<String> OUTPUTS = List.of("policy.json", "calibration.json", "calibration.html");

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help, with the exit codes, and exit.")
    boolean help;

    @Mixin
    InputFiles files = new InputFiles();

    @Option(names = "--policy", description = "Policy JSON to start from (default: the shipped defaults)")
    Path policy;

    @Option(names = "--as-of", description = "ISO-8601 instant where the history ends (default: now)")
    Instant asOf;

    @Option(names = "--out", required = true, description = "Folder for policy.json, calibration.json and "
            + "calibration.html")
    Path out;

    @Option(names = "--locale", converter = LocaleConverter.class,
            description = "Language of calibration.html and the terminal (en, zh-CN)")
    Locale locale = Locale.ENGLISH;

    @Override
    public Integer call() throws IOException {
        if (files.noTickets()) {
            System.err.println(new Messages(locale).get("retention.cli.noInput"));
            return ReportCommand.EXIT_BAD_INPUT;
        }
        return run(files.inputs(), policy, asOf == null ? Instant.now() : asOf,
                out, locale, System.out);
    }

    static int run(ReportInputs inputs, Path policyFile, Instant asOf, Path out, Locale locale, PrintStream console)
            throws IOException {
        Messages messages = new Messages(locale);
        Optional<String> refusal = new Preflight(messages, OUTPUTS).refusal(inputs, policyFile, asOf, out);
        if (refusal.isPresent()) {
            console.println(Terminal.clean(refusal.get()));
            return ReportCommand.EXIT_BAD_INPUT;
        }
        String policyJson;
        Policy policy;
        try {
            policyJson = policyFile == null ? Policy.defaultJson() : TextFiles.readString(policyFile);
            policy = PolicyParser.parse(policyJson);
        } catch (PolicyException e) {
            console.println(Terminal.clean(messages.get("retention.cli.policyRejected", policyFile)));
            e.problems().forEach(p -> console.println("  " + Terminal.clean(p.toString())));
            return ReportCommand.EXIT_BAD_INPUT;
        } catch (UnreadableFileException e) {
            console.println(Terminal.clean(ReportCommand.unreadable(messages, e)));
            return ReportCommand.EXIT_BAD_INPUT;
        }
        Progress progress = new Progress(System.err, messages);
        Histories histories = new Histories();
        ReportResult read;
        try {
            read = new OfflineReport(policy, asOf, progress, histories).run(inputs, null);
        } catch (UnreadableFileException e) {
            console.println(Terminal.clean(ReportCommand.unreadable(messages, e)));
            return ReportCommand.EXIT_BAD_INPUT;
        }
        console.println(Terminal.clean(messages.get("retention.cli.totals", read.read(), read.scored(),
                read.skipped().size(), read.afterAsOf(), read.customers().size())));
        CalibrationResult result;
        try {
            result = new Calibrator(policy).calibrate(histories.of(read), asOf, progress::customers);
        } catch (CalibrationRefused e) {
            console.println(Terminal.clean(messages.get("retention.calibration.refused")));
            for (CalibrationRefused.Shortfall s : e.shortfalls()) {
                console.println("  " + Terminal.clean(messages.get("retention.calibration.missing."
                        + s.missing().name(), s.found(), s.needed())));
            }
            return ReportCommand.EXIT_BAD_INPUT;
        }
        Files.createDirectories(out);
        List<Path> aside = new ArrayList<>();
        try {
            for (String name : OUTPUTS) {
                aside.add(Files.createTempFile(out, "." + name + ".", ".part"));
            }
            Files.writeString(aside.get(0), CalibratedPolicy.json(policyJson, result), StandardCharsets.UTF_8);
            new CalibrationJsonWriter().write(result, aside.get(1));
            new CalibrationHtmlWriter(locale).write(result, read, aside.get(2));
            for (int i = 0; i < OUTPUTS.size(); i++) {
                Files.move(aside.get(i), out.resolve(OUTPUTS.get(i)), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            new CalibrationTable(messages).print(result, console);
            console.println(Terminal.clean(messages.get("retention.calibration.wrote", out.resolve(OUTPUTS.get(0)),
                    out.resolve(OUTPUTS.get(1)), out.resolve(OUTPUTS.get(2)))));
            return 0;
        } finally {
            for (Path p : aside) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Every ticket record of every customer, from the report's pass (a second pass starts afresh), packed: the
     * whole history is held at once, a million tickets within a 512 MB heap.
     */
    static final class Histories implements OfflineReport.RecordListener {
        private PackedRiskTickets.Dictionary dictionary = new PackedRiskTickets.Dictionary();
        private Map<CustomerKey, PackedRiskTickets.Packer> tickets = new HashMap<>();
        private Map<CustomerKey, List<RiskAssessor.Recovery>> recoveries = new HashMap<>();

        @Override
        public void pass() {
            dictionary = new PackedRiskTickets.Dictionary();
            tickets = new HashMap<>();
            recoveries = new HashMap<>();
        }

        @Override
        public void record(CustomerKey customer, TicketRecord record) {
            tickets.computeIfAbsent(customer, k -> new PackedRiskTickets.Packer(dictionary)).add(record.risk());
            if (!record.recoveries().isEmpty()) {
                recoveries.computeIfAbsent(customer, k -> new ArrayList<>()).addAll(record.recoveries());
            }
        }

        /** The customers of the report, with their churn times as the report settled them. */
        List<CustomerHistory> of(ReportResult report) {
            List<CustomerHistory> out = new ArrayList<>();
            for (CustomerStanding s : report.customers()) {
                PackedRiskTickets.Packer own = tickets.remove(s.customer());
                if (own == null) {
                    continue; // known only from the value file: never in a month's base
                }
                out.add(new CustomerHistory(s.customer().id(), own.pack(), recoveries.getOrDefault(s.customer(), List.of()),
                        s.churnedAt()));
            }
            return out;
        }
    }
}

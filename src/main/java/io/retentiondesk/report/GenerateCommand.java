package io.retentiondesk.report;

import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.report.sample.SampleExportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code generate}: writes a synthetic JSM export of any size (for trials and the benchmark). */
@Command(name = "generate", description = "Write a synthetic JSM export (REST pages, values.csv, callbacks.csv).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the export was written", "1:an unexpected failure",
            "2:refused: --tickets, --customers or --page-size not a whole number of 1 or more, --as-of outside "
                + "1970-2100, a --churn-weights signal the generator cannot weigh or a weight outside -100..100, or a "
                + "usage error"})
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help, with the exit codes, and exit.")
    boolean help;

    static final int MAX_TICKETS = 100_000_000;
    static final int MAX_PAGE = 1_000_000;

    @Option(names = "--tickets", defaultValue = "2400") int tickets;
    @Option(names = "--customers", defaultValue = "150") int customers;
    @Option(names = "--page-size", defaultValue = "500") int pageSize;
    @Option(names = "--seed", defaultValue = "20260630") long seed;
    @Option(names = "--as-of", description = "Time the export ends (default 2026-06-30T00:00:00Z)")
    Instant asOf = SampleExportGenerator.DEMO_AS_OF;
    @Option(names = "--out", required = true) Path out;
    @Option(names = "--churn-weights", split = ",", paramLabel = "SIGNAL=POINTS",
            description = "A world where poor service drives churn with these hidden weights, in points read as "
                    + "20*ln(relative risk) like the policy's (e.g. REOPENED=40,CALLBACK_FAILED=50,LOW_RATING=0): "
                    + "besides the planted churn stories, ordinary customers leave with a weekly hazard that grows "
                    + "with the poor service they met (decayed, half-life 45 days). Kinds: LOW_RATING, COMPLAINT, "
                    + "REOPENED, HANDOFFS, CALLBACK_FAILED, RECOVERED; one left out counts with its default points. "
                    + "Without it, churn follows the planted stories only.")
    Map<RiskSignal, Double> churnWeights;

    @Override
    public Integer call() throws IOException {
        Messages messages = new Messages(java.util.Locale.ENGLISH);
        String refusal = tickets < 1 || tickets > MAX_TICKETS
                ? messages.get("retention.cli.refuse.count", "--tickets", tickets, MAX_TICKETS)
                : customers < 1 || customers > MAX_TICKETS
                ? messages.get("retention.cli.refuse.count", "--customers", customers, MAX_TICKETS)
                : pageSize < 1 || pageSize > MAX_PAGE ? messages.get("retention.cli.refuse.count", "--page-size",
                        pageSize, MAX_PAGE)
                : asOf.isBefore(Preflight.EARLIEST) || !asOf.isBefore(Preflight.LATEST)
                ? messages.get("retention.cli.refuse.asOf", asOf) : null;
        if (refusal == null && churnWeights != null) {
            for (RiskSignal s : churnWeights.keySet()) {
                if (!SampleExportGenerator.hazardKinds().contains(s.name())) {
                    refusal = messages.get("retention.cli.refuse.churnWeight", s.name(),
                            SampleExportGenerator.hazardKinds());
                }
            }
            for (Double w : churnWeights.values()) {
                if (w == null || !(w >= -100 && w <= 100)) {
                    refusal = messages.get("retention.cli.refuse.churnWeightValue", w);
                }
            }
        }
        if (refusal != null) {
            System.err.println(refusal);
            return ReportCommand.EXIT_BAD_INPUT;
        }
        SampleExportGenerator generator = new SampleExportGenerator(seed, asOf);
        if (churnWeights != null) {
            generator = generator.withChurnWeights(churnWeights);
        }
        SampleExportGenerator.Summary s = generator.write(out, tickets, customers, pageSize);
        System.out.println(s);
        return 0;
    }
}

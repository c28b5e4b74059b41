package io.retentiondesk.report;

import io.retentiondesk.report.sample.SampleExportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code generate}: writes a synthetic JSM export of any size (for trials and the benchmark). */
@Command(name = "generate", description = "Write a synthetic JSM export (REST pages, values.csv, callbacks.csv).")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--tickets", defaultValue = "2400") int tickets;
    @Option(names = "--customers", defaultValue = "150") int customers;
    @Option(names = "--page-size", defaultValue = "500") int pageSize;
    @Option(names = "--seed", defaultValue = "20260630") long seed;
    @Option(names = "--as-of", description = "Time the export ends (default 2026-06-30T00:00:00Z)")
    Instant asOf = SampleExportGenerator.DEMO_AS_OF;
    @Option(names = "--out", required = true) Path out;

    @Override
    public Integer call() throws IOException {
        SampleExportGenerator.Summary s = new SampleExportGenerator(seed, asOf).write(out, tickets, customers, pageSize);
        System.out.println(s);
        return 0;
    }
}

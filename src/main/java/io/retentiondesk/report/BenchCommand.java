package io.retentiondesk.report;

import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.report.input.RestExportReader;
import io.retentiondesk.report.input.Skipped;
import io.retentiondesk.report.input.TicketSink;
import io.retentiondesk.report.sample.SampleExportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code bench}: the SPEC §10 throughput and memory goals, measured in one run on a generated export.
 * Throughput ratio = report throughput / parse-only throughput on the same files (parse timed twice, the
 * faster run counts, so JIT warm-up does not flatter the ratio). Peak heap is the JVM's own peak over the run:
 * run it with {@code -Xmx512m} to check the 1M-ticket goal.
 */
@Command(name = "bench", description = "Measure report throughput against parsing alone, and peak heap.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--tickets", defaultValue = "200000") int tickets;
    @Option(names = "--customers", defaultValue = "5000") int customers;
    @Option(names = "--dir", description = "Where the generated export goes (default: out/bench-<tickets>)")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Path data = dir != null ? dir : Path.of("out", "bench-" + tickets);
        if (!Files.exists(data.resolve("values.csv"))) {
            Files.createDirectories(data);
            long t0 = System.nanoTime();
            new SampleExportGenerator(7, SampleExportGenerator.DEMO_AS_OF).write(data, tickets, customers, 1000);
            System.out.printf(Locale.ROOT, "generated %,d tickets in %.1f s%n", tickets, (System.nanoTime() - t0) / 1e9);
        }
        List<Path> issues;
        try (Stream<Path> files = Files.list(data)) {
            issues = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        long bytes = 0;
        for (Path p : issues) {
            bytes += Files.size(p);
        }
        HeapSampler heap = HeapSampler.start();
        double parse1 = parseOnly(issues);
        Path out = Files.createTempDirectory("retention-bench");
        long t0 = System.nanoTime();
        ReportResult r = new OfflineReport(Policy.defaults(), SampleExportGenerator.DEMO_AS_OF, Progress.silent())
                .run(new ReportInputs(issues, List.of(), data.resolve("values.csv"), data.resolve("callbacks.csv")),
                        out.resolve("report.json"));
        double report = (System.nanoTime() - t0) / 1e9;
        double parse2 = parseOnly(issues);
        double parse = Math.min(parse1, parse2);
        System.out.printf(Locale.ROOT, "tickets: %,d in %d files (%,.1f MB); customers: %,d%n", r.read(), issues.size(),
                bytes / 1e6, r.customers().size());
        System.out.printf(Locale.ROOT, "parse only: %.2f s (%,.0f tickets/s; runs %.2f s, %.2f s)%n", parse,
                r.read() / parse, parse1, parse2);
        System.out.printf(Locale.ROOT, "report:     %.2f s (%,.0f tickets/s)%n", report, r.read() / report);
        System.out.printf(Locale.ROOT, "throughput ratio report/parse: %.2f (goal >= 0.5)%n", parse / report);
        heap.stop();
        System.out.printf(Locale.ROOT, "peak heap in use: %.0f MB sampled every 50 ms (max heap %.0f MB; "
                        + "sum of pool peaks %.0f MB, an upper bound)%n", heap.peak() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, poolPeaks() / 1e6);
        return 0;
    }

    private static double parseOnly(List<Path> issues) throws IOException {
        long[] count = {0};
        TicketSink sink = new TicketSink() {
            @Override
            public void ticket(String position, Ticket ticket) {
                count[0]++;
            }

            @Override
            public void skipped(Skipped skipped) {
                count[0]++;
            }
        };
        RestExportReader reader = new RestExportReader(Policy.defaults().fields());
        long t0 = System.nanoTime();
        for (Path p : issues) {
            reader.read(p, sink);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long poolPeaks() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Samples the heap in use, so the peak reflects one moment rather than the sum of per-pool peaks. */
    private static final class HeapSampler implements Runnable {
        private final Thread thread = new Thread(this, "heap-sampler");
        private volatile boolean running = true;
        private volatile long peak;

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        long peak() {
            return peak;
        }
    }
}

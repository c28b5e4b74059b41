package io.retentiondesk.report;

import io.retentiondesk.report.sample.SampleExportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code demo [--out DIR]}: writes the bundled sample export (a deterministic generated JSM export) and runs
 * the report on it as of {@link SampleExportGenerator#DEMO_AS_OF}.
 */
@Command(name = "demo", description = "Run the report on the bundled sample export.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written", "1:an unexpected failure; earlier reports in --out are unchanged",
            "2:refused before anything was written: --out is not a writable folder, or a usage error"})
public final class DemoCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help, with the exit codes, and exit.")
    boolean help;

    @Option(names = "--out", description = "Output folder (default: out/demo)")
    Path out = Path.of("out", "demo");

    @Option(names = "--locale", converter = LocaleConverter.class,
            description = "Language of report.html and the terminal (en, zh-CN)")
    Locale locale = Locale.ENGLISH;

    @Override
    public Integer call() throws IOException {
        Optional<String> refusal = new Preflight(new Messages(locale)).outFolder(out);
        if (refusal.isPresent()) {
            System.out.println(Terminal.clean(refusal.get()));
            return ReportCommand.EXIT_BAD_INPUT;
        }
        Path data = out.resolve("sample-export");
        Files.createDirectories(data);
        SampleExportGenerator.writeDemo(data);
        List<Path> issues;
        try (Stream<Path> files = Files.list(data)) {
            issues = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        System.out.println(new Messages(locale).get("retention.cli.demoData", issues.size(), data));
        ReportInputs inputs = new ReportInputs(issues, List.of(), data.resolve("values.csv"),
                data.resolve("callbacks.csv"));
        return ReportCommand.run(inputs, null, SampleExportGenerator.DEMO_AS_OF, out, locale, System.out);
    }
}

package io.retentiondesk.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's closing check: one {@code report} over every real Jira export this project has (the licensed copies in
 * {@code fixtures/jira}, and {@code ../shared/data/jira} when it is there) together with every hostile input of the
 * fuzz corpus ends with a valid report and one skipped line per bad record. A file that cannot be read at all (UTF-16,
 * invalid UTF-8) refuses the whole run by rule (SPEC §11), so those are run alone first and must be refused in one line
 * naming them; everything else goes into the one run.
 */
class HostileInputsReportTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "io", "retentiondesk", "report",
            "ReportFuzzTestInputs");
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "jira");
    private static final Path SHARED = Path.of("..", "shared", "data", "jira");
    private static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");

    @Test
    void everyRealExportAndEveryHostileInputInOneRunGiveAValidReportWithOneSkipPerBadRecord(@TempDir Path dir)
            throws IOException {
        List<Path> pages = new ArrayList<>();
        List<Path> csvs = new ArrayList<>();
        // the shared folder has every real export (the unlicensed ones stay there); a clone without it has the
        // licensed copies. Not both: a position names a file without its folder, so copies would collide.
        if (Files.isDirectory(SHARED)) {
            pages.addAll(files(SHARED, ".json"));
            csvs.addAll(files(SHARED, ".csv"));
        } else {
            pages.addAll(files(FIXTURES, ".json"));
        }
        // each hostile file under its own name, so its skipped positions say which one it was
        Map<Path, Path> hostile = new LinkedHashMap<>();
        for (Path p : files(CORPUS.resolve("restExportPage"), "")) {
            hostile.put(Files.copy(p, dir.resolve("hostile-" + p.getFileName() + ".json")), p);
        }
        for (Path p : files(CORPUS.resolve("navigatorCsv"), "")) {
            hostile.put(Files.copy(p, dir.resolve("hostile-" + p.getFileName() + ".csv")), p);
        }

        Set<String> alone = new HashSet<>();
        int refused = 0;
        for (Path h : hostile.keySet()) {
            boolean csv = h.toString().endsWith(".csv");
            Run r = run(dir, csv ? List.of() : List.of(h), csv ? List.of(h) : List.of());
            if (r.code == ReportCommand.EXIT_BAD_INPUT) {
                assertThat(r.console.strip().lines()).as("a refusal is one line naming the file").hasSize(1)
                        .allSatisfy(l -> assertThat(l).contains(h.getFileName().toString()));
                refused++;
                continue;
            }
            assertThat(r.code).as("%s alone: %s", h.getFileName(), r.console).isZero();
            r.skippedPositions().forEach(alone::add);
            if (csv) {
                csvs.add(h);
            } else {
                pages.add(h);
            }
        }

        Run all = run(dir, pages, csvs);
        assertThat(all.code).as(all.console).isZero();
        List<String> positions = all.skippedPositions();
        assertThat(positions).as("one skipped entry per bad record").doesNotHaveDuplicates();
        // every bad record a hostile file has alone is skipped, once, in the run of everything
        assertThat(positions).containsAll(alone);
        // the terminal counts them all and lists the first ten; report.json lists every one
        assertThat(all.console).contains(positions.size() + " records skipped");
        assertThat(all.console.lines().filter(l -> l.strip().startsWith("skipped ")).count())
                .isEqualTo(Math.min(10, positions.size()));
        assertThat(all.report.getAsJsonArray("tickets")).isNotEmpty();
        assertThat(refused).as("the unreadable files of the corpus (UTF-16, invalid UTF-8) are refused").isPositive();
    }

    private record Run(int code, String console, JsonObject report) {
        List<String> skippedPositions() {
            List<String> out = new ArrayList<>();
            for (JsonElement s : report.getAsJsonArray("skipped")) {
                out.add(s.getAsJsonObject().get("position").getAsString());
            }
            return out;
        }
    }

    private static Run run(Path dir, List<Path> pages, List<Path> csvs) throws IOException {
        Path out = Files.createTempDirectory(dir, "out");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int code = ReportCommand.run(new ReportInputs(pages, csvs, null, null), null, AS_OF, out, Locale.ENGLISH,
                new PrintStream(console, true, StandardCharsets.UTF_8));
        String said = console.toString(StandardCharsets.UTF_8);
        assertThat(said).doesNotContain("Exception", "\tat ");
        JsonObject report = code == 0
                ? JsonParser.parseString(Files.readString(out.resolve("report.json"))).getAsJsonObject()
                : emptyReport();
        return new Run(code, said, report);
    }

    private static JsonObject emptyReport() {
        JsonObject o = new JsonObject();
        o.add("skipped", new JsonArray());
        return o;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
                    .toList();
        }
    }
}

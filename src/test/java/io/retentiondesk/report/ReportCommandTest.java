package io.retentiondesk.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Refusals before anything is written, and outputs moved into place only when a run succeeds (SPEC §11). */
class ReportCommandTest {
    private static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");
    private static final String PAGE = """
            {"issues":[{"key":"SUP-1","fields":{"created":"2026-06-01T00:00:00.000+0000","reporter":{"name":"ann"}}}]}
            """;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int run(ReportInputs in, Path policy, Instant asOf, Path out, Locale locale) throws IOException {
        return ReportCommand.run(in, policy, asOf, out, locale, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private int run(ReportInputs in, Path policy, Path out) throws IOException {
        return run(in, policy, AS_OF, out, Locale.ENGLISH);
    }

    private List<String> lines() {
        return console.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static Path page(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, PAGE, StandardCharsets.UTF_8);
        return p;
    }

    private static ReportInputs issues(Path... files) {
        return new ReportInputs(List.of(files), List.of(), null, null);
    }

    @Test
    void aMissingInputIsRefusedInOneLineNamingItBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertThat(run(issues(dir.resolve("nope.json")), null, out)).isEqualTo(2);
        assertThat(lines()).hasSize(1);
        assertThat(lines().get(0)).contains("--issues", "nope.json", "no such file", "expected an existing file");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFolderGivenAsIssuesOrPolicyIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("export"));
        Path out = dir.resolve("out");
        assertThat(run(issues(folder), null, out)).isEqualTo(2);
        assertThat(run(issues(page(dir, "p.json")), folder, out)).isEqualTo(2);
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).contains("--issues", "export", "expected a file");
        assertThat(lines().get(1)).contains("--policy", "export", "expected a file");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutThatIsAFileIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThat(run(issues(page(dir, "p.json")), null, file)).isEqualTo(2);
        assertThat(run(issues(page(dir, "p.json")), null, file.resolve("sub"))).isEqualTo(2);
        assertThat(lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("--out", "taken", "expected a folder"));
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void anInputNamedLikeAnOutputInsideOutIsRefusedAndNotWiped(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path input = page(out, "report.json");
        assertThat(run(issues(input), null, out)).isEqualTo(2);
        assertThat(lines()).hasSize(1);
        assertThat(lines().get(0)).contains("--issues", "report.json", "expected an input outside the output files");
        assertThat(Files.readString(input)).isEqualTo(PAGE);
    }

    @Test
    void aFailureMidRunLeavesThePreviousReportJsonUntouched(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Path good = page(dir, "good.json");
        assertThat(run(issues(good), null, out)).isZero();
        byte[] before = Files.readAllBytes(out.resolve("report.json"));
        byte[] htmlBefore = Files.readAllBytes(out.resolve("report.html"));
        Path bad = dir.resolve("bad.json");
        byte[] bytes = PAGE.replace("ann", "ann\u0001").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 1) {
                bytes[i] = (byte) 0xC3; // a lead byte followed by an ASCII quote: not UTF-8
            }
        }
        Files.write(bad, bytes);
        console.reset();

        assertThat(run(issues(good, bad), null, out)).isEqualTo(2); // good.json is read and streamed first

        assertThat(lines()).hasSize(1);
        assertThat(lines().get(0)).contains("bad.json", "not UTF-8", "earlier reports are unchanged");
        assertThat(Files.readAllBytes(out.resolve("report.json"))).isEqualTo(before);
        assertThat(Files.readAllBytes(out.resolve("report.html"))).isEqualTo(htmlBefore);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.json",
                    "report.html");
        }
    }

    @Test
    void aJsonFileSavedAsUtf16IsRefusedNamingItInsteadOfAStackTrace(@TempDir Path dir) throws IOException {
        Path utf16 = dir.resolve("page16.json");
        Files.write(utf16, PAGE.getBytes(StandardCharsets.UTF_16)); // with its byte-order mark
        Path utf16le = dir.resolve("page16le.json");
        Files.write(utf16le, PAGE.getBytes(StandardCharsets.UTF_16LE)); // without
        assertThat(run(issues(utf16), null, dir.resolve("out"))).isEqualTo(2);
        assertThat(run(issues(utf16le), null, dir.resolve("out"))).isEqualTo(2);
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).contains("page16.json", "UTF-16", "expected UTF-8");
        assertThat(lines().get(1)).contains("page16le.json", "UTF-16");
        assertThat(dir.resolve("out/report.json")).doesNotExist();
    }

    @Test
    void aCsvOrValueFileWithAnInvalidUtf8ByteIsRefusedNamingIt(@TempDir Path dir) throws IOException {
        Path values = dir.resolve("values.csv");
        Files.write(values, new byte[] {'c', 'u', 's', 't', 'o', 'm', 'e', 'r', ',', 'a', 'n', 'n', 'u', 'a', 'l', '_',
                'v', 'a', 'l', 'u', 'e', ',', 'p', 'o', 't', 'e', 'n', 't', 'i', 'a', 'l', '\n', 'A', (byte) 0xFF, ',', '1',
                ',', '2', '\n'});
        int code = run(new ReportInputs(List.of(page(dir, "p.json")), List.of(), values, null), null,
                dir.resolve("out"));
        assertThat(code).isEqualTo(2);
        assertThat(lines()).singleElement().asString().contains("values.csv", "not UTF-8");
    }

    @Test
    void anAsOfOutsideTheSupportedYearsIsRefusedBeforeAnythingIsRead(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertThat(run(issues(page(dir, "p.json")), null, Instant.parse("3000-01-01T00:00:00Z"), out, Locale.ENGLISH))
                .isEqualTo(2);
        assertThat(run(issues(page(dir, "p.json")), null, Instant.parse("1969-12-31T23:59:59Z"), out, Locale.ENGLISH))
                .isEqualTo(2);
        assertThat(lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("--as-of", "1970", "2100"));
        assertThat(out).doesNotExist();
    }

    @Test
    void refusalsAreTranslated(@TempDir Path dir) throws IOException {
        assertThat(run(issues(dir.resolve("nope.json")), null, AS_OF, dir.resolve("out"),
                Locale.SIMPLIFIED_CHINESE)).isEqualTo(2);
        assertThat(lines()).singleElement().asString().contains("nope.json", "文件不存在");
    }

    @Test
    void exitCodesAreDocumentedInHelp() {
        for (String command : List.of("report", "demo", "generate")) {
            CommandLine cli = new CommandLine(new RetentionDeskCommand());
            java.io.StringWriter out = new java.io.StringWriter();
            cli.setOut(new java.io.PrintWriter(out));
            assertThat(cli.execute(command, "--help")).as(command).isZero();
            assertThat(out.toString()).as(command).contains("Exit codes:", "  0 ", "  1 ", "  2 ", "refused");
        }
    }

    @Test
    void customerNamesWithTerminalEscapeSequencesReachTheTerminalStripped(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("p.json");
        Files.writeString(p, PAGE.replace("\"ann\"}", "\"ann\"},\"customfield_1\":[{\"name\":"
                + "\"Evil\\u001b]0;pwned\\u0007\\u001b[2J Corp\\r\"}]").replace("]}\n", "],\"names\":"
                + "{\"customfield_1\":\"Organizations\"}}\n"), StandardCharsets.UTF_8);
        assertThat(run(issues(p), null, dir.resolve("out"))).isZero();
        String shown = console.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Evil]0;pwned[2J Corp");
        assertThat(shown.chars().filter(ch -> ch < 0x20 && ch != '\n')).isEmpty();
        assertThat(Files.readString(dir.resolve("out/report.json"))).contains("Evil\\u001b]0;pwned");
    }

    @Test
    void theSameFileGivenTwiceCountsEachTicketOnceAndSkipsTheRepeatsWithTheirPosition(@TempDir Path dir)
            throws IOException {
        Path a = page(dir, "a.json");
        Files.createDirectory(dir.resolve("again"));
        Path b = page(dir.resolve("again"), "a.json");
        assertThat(run(issues(a, b, a), null, dir.resolve("out"))).isZero();
        String json = Files.readString(dir.resolve("out/report.json"));
        com.google.gson.JsonObject report = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
        assertThat(report.getAsJsonArray("tickets")).hasSize(1);
        assertThat(report.getAsJsonArray("skipped")).hasSize(2).allSatisfy(s -> {
            assertThat(s.getAsJsonObject().get("position").getAsString()).isEqualTo("a.json#1");
            assertThat(s.getAsJsonObject().get("reason").getAsString()).isEqualTo("key: duplicate SUP-1");
        });
    }

    @Test
    void generateRefusesANegativeTicketCount(@TempDir Path dir) {
        CommandLine cli = new CommandLine(new RetentionDeskCommand());
        java.io.PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(cli.execute("generate", "--tickets", "-1", "--out", dir.resolve("gen").toString())).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .contains("--tickets -1", "expected a whole number from 1");
        assertThat(dir.resolve("gen")).doesNotExist();
    }

    @Test
    void demoRefusesAnOutThatIsAFileInsteadOfAStackTrace(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThat(new CommandLine(new RetentionDeskCommand()).execute("demo", "--out", file.toString())).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("x");
    }
}

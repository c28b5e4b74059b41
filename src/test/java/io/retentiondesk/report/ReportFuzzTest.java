package io.retentiondesk.report;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Fuzzing of every file the {@code report} command reads (issue 11): a REST export page, a navigator CSV, a value
 * file, a callback file and a policy, each given as arbitrary bytes beside valid other inputs. Whatever the bytes,
 * the run ends within {@value #SECONDS_PER_INPUT} seconds either with exit code 0 and a {@code report.json} of the
 * SPEC §9 shape, or with the refusal code and one clear line; never with an exception, a hang or a half-written
 * report.
 *
 * <p>{@code mvn verify} runs each method on its committed corpus ({@code src/test/resources/io/retentiondesk/report/
 * ReportFuzzTestInputs/<method>/}: every hostile input of issue 11 and valid samples) as ordinary tests; a
 * fuzzing run is documented in README ("Fuzzing") and adds what it finds to the corpus.
 */
class ReportFuzzTest {
    static final int SECONDS_PER_INPUT = 20;
    /** How long a fuzzing run ({@code JAZZER_FUZZ=1}) explores one method; the corpus runs take seconds. */
    static final String FUZZ_FOR = "3m";
    private static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");
    private static final String PAGE = """
            {"issues":[
             {"key":"SUP-1","fields":{"created":"2026-06-01T00:00:00.000+0000","reporter":{"name":"ann"},
              "summary":"Printer","labels":["complaint"],"resolution":{"name":"Done"},
              "resolutiondate":"2026-06-02T00:00:00.000+0000"}},
             {"key":"SUP-2","fields":{"created":"2026-06-03T00:00:00.000+0000","reporter":{"name":"bob"},
              "summary":"We will cancel"}}]}
            """;
    private static final Set<String> REPORT_KEYS = Set.of("asOf", "tickets", "customers", "rates", "skipped");

    private static ExecutorService worker;
    private static Path root;

    @BeforeAll
    static void start() throws IOException {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "report-fuzz");
            t.setDaemon(true); // a hung run must not keep the test JVM alive
            return t;
        });
        root = Files.createTempDirectory("report-fuzz");
    }

    @AfterAll
    static void stop() throws IOException {
        worker.shutdownNow();
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    void restExportPage(byte[] page) throws Exception {
        Case c = new Case();
        check(c, new ReportInputs(List.of(c.file("page.json", page)), List.of(), null, null), null);
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    void navigatorCsv(byte[] csv) throws Exception {
        Case c = new Case();
        check(c, new ReportInputs(List.of(), List.of(c.file("issues.csv", csv)), null, null), null);
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    void valueFile(byte[] values) throws Exception {
        Case c = new Case();
        check(c, new ReportInputs(List.of(c.page()), List.of(), c.file("values.csv", values), null), null);
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    void callbackFile(byte[] callbacks) throws Exception {
        Case c = new Case();
        check(c, new ReportInputs(List.of(c.page()), List.of(), null, c.file("callbacks.csv", callbacks)), null);
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    void policy(byte[] policy) throws Exception {
        Case c = new Case();
        check(c, new ReportInputs(List.of(c.page()), List.of(), null, null), c.file("policy.json", policy));
    }

    /**
     * The value file as the Jira import reads it (REST and the admin page, CSV or JSON, from text): rows and problems,
     * never an exception other than the reader's own I/O, within the same time bound.
     */
    @FuzzTest(maxDuration = FUZZ_FOR)
    void valueImportText(byte[] text) throws Exception {
        String body = new String(text, StandardCharsets.UTF_8);
        Future<?> run = worker.submit(() -> {
            for (boolean json : new boolean[]{false, true}) {
                io.retentiondesk.input.ValueFile read = json
                        ? io.retentiondesk.input.ValueFile.readJson(new java.io.StringReader(body))
                        : io.retentiondesk.input.ValueFile.readCsv(new java.io.StringReader(body));
                for (io.retentiondesk.input.ValueRow row : read.rows()) {
                    assertThat(row.value().customer()).isNotNull();
                }
            }
            return null;
        });
        try {
            run.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            fail("reading the value text did not end within " + SECONDS_PER_INPUT + " s");
        }
    }

    /** One input's own folder. */
    private static final class Case {
        final Path dir;

        Case() throws IOException {
            dir = Files.createTempDirectory(root, "case");
        }

        Path file(String name, byte[] bytes) throws IOException {
            return Files.write(dir.resolve(name), bytes);
        }

        Path page() throws IOException {
            return file("page.json", PAGE.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void check(Case c, ReportInputs inputs, Path policy) throws Exception {
        Path out = c.dir.resolve("out");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Future<Integer> run = worker.submit(() -> ReportCommand.run(inputs, policy, AS_OF, out, Locale.ENGLISH,
                new PrintStream(console, true, StandardCharsets.UTF_8)));
        int code;
        try {
            code = run.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            fail("the run did not end within " + SECONDS_PER_INPUT + " s");
            return;
        }
        String said = console.toString(StandardCharsets.UTF_8);
        assertThat(said).doesNotContain("Exception", "\tat ");
        if (code == ReportCommand.EXIT_BAD_INPUT) {
            assertThat(said.strip()).as("a refusal is said").isNotEmpty();
            assertThat(out.resolve("report.json")).doesNotExist();
            return;
        }
        assertThat(code).as("exit code; the run said: %s", said).isZero();
        assertThat(out.resolve("report.html")).exists();
        JsonObject report = parse(out.resolve("report.json")).getAsJsonObject();
        assertThat(report.keySet()).containsExactlyInAnyOrderElementsOf(REPORT_KEYS);
        for (JsonElement skipped : report.getAsJsonArray("skipped")) {
            assertThat(skipped.getAsJsonObject().keySet()).containsExactlyInAnyOrder("position", "reason");
        }
        for (JsonElement customer : report.getAsJsonArray("customers")) {
            JsonObject risk = customer.getAsJsonObject().getAsJsonObject("risk");
            JsonElement score = risk.get("score");
            if (!score.isJsonNull()) {
                assertThat(score.getAsInt()).isBetween(0, 100);
            }
        }
    }

    private static JsonElement parse(Path json) {
        try {
            return JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

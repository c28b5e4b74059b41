package io.retentiondesk.report;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.core.policy.PolicyParser;
import io.retentiondesk.report.sample.SampleExportGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code calibrate} on generated exports: its policy.json feeds {@code report}, refusals write nothing. */
class CalibrateCommandTest {
    private static final Instant AS_OF = SampleExportGenerator.DEMO_AS_OF;

    @TempDir
    static Path shared;
    private static ReportInputs world;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeAll
    static void generateAWorldWhosePoorServiceDrivesChurn() throws IOException {
        Path dir = shared.resolve("export");
        new SampleExportGenerator(20260630L, AS_OF)
                .withChurnWeights(Map.of(RiskSignal.REOPENED, 60d, RiskSignal.CALLBACK_FAILED, 60d))
                .write(dir, 8000, 600, 1000);
        world = inputs(dir);
    }

    private static ReportInputs inputs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> pages = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            return new ReportInputs(pages, List.of(), dir.resolve("values.csv"), dir.resolve("callbacks.csv"));
        }
    }

    private int calibrate(ReportInputs in, Path out, Locale locale) throws IOException {
        return CalibrateCommand.run(in, null, AS_OF, out, locale,
                new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesAPolicyThatReportAcceptsUnchangedWithTheFittedPoints(@TempDir Path dir) throws IOException {
        assertThat(calibrate(world, dir, Locale.ENGLISH)).as(console.toString(StandardCharsets.UTF_8)).isZero();
        Policy fitted = PolicyParser.parse(Files.readString(dir.resolve("policy.json")));
        JsonObject calibration = JsonParser.parseString(Files.readString(dir.resolve("calibration.json")))
                .getAsJsonObject();
        calibration.getAsJsonArray("signals").forEach(e -> {
            JsonObject s = e.getAsJsonObject();
            assertThat(fitted.risk().points(RiskSignal.valueOf(s.get("signal").getAsString())))
                    .isEqualTo(s.get("fittedPoints").getAsDouble());
        });
        assertThat(fitted.risk().halfLifeDays()).isEqualTo(calibration.get("halfLifeDays").getAsDouble());
        assertThat(calibration.getAsJsonObject("holdOut").get("aucFitted").getAsDouble()).isBetween(0.5, 1.0);
        String html = Files.readString(dir.resolve("calibration.html"));
        assertThat(html).contains("<svg", "ROC AUC").doesNotContain("http://", "https://", "<script");

        Path report = dir.resolve("report");
        int rc = ReportCommand.run(world, dir.resolve("policy.json"), AS_OF, report, Locale.ENGLISH,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(rc).isZero();
        assertThat(report.resolve("report.json")).exists();
    }

    @Test
    void theSameInputGivesTheSameFilesByteForByte(@TempDir Path dir) throws IOException {
        assertThat(calibrate(world, dir.resolve("a"), Locale.ENGLISH)).isZero();
        assertThat(calibrate(world, dir.resolve("b"), Locale.ENGLISH)).isZero();
        for (String name : CalibrateCommand.OUTPUTS) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
        }
    }

    @Test
    void theChinesePageIsInChinese(@TempDir Path dir) throws IOException {
        assertThat(calibrate(world, dir, Locale.SIMPLIFIED_CHINESE)).isZero();
        assertThat(Files.readString(dir.resolve("calibration.html"))).contains("lang=\"zh-CN\"", "校准", "留出期");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("留出期");
    }

    @Test
    void theDemoHistoryIsRefusedSayingWhatIsMissingAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path demo = dir.resolve("demo");
        SampleExportGenerator.writeDemo(demo);
        Path out = dir.resolve("out");
        assertThat(calibrate(inputs(demo), out, Locale.ENGLISH)).isEqualTo(ReportCommand.EXIT_BAD_INPUT);
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("Calibration refused", "8 churners in the customer-months; at least 20 are needed");
        assertThat(out.resolve("policy.json")).doesNotExist();
        assertThat(out.resolve("calibration.json")).doesNotExist();
    }

    @Test
    void anInputNamedLikeAnOutputIsRefused(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("policy.json");
        Files.writeString(page, "{\"issues\":[]}");
        assertThat(calibrate(new ReportInputs(List.of(page), List.of(), null, null), dir, Locale.ENGLISH))
                .isEqualTo(ReportCommand.EXIT_BAD_INPUT);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("policy.json");
    }
}

package io.retentiondesk.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a person types it. */
class RetentionDeskCommandTest {
    private static int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new RetentionDeskCommand());
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void demoInChineseWritesBothReports(@TempDir Path dir) throws IOException {
        assertThat(run(new StringWriter(), "demo", "--out", dir.toString(), "--locale", "zh-CN")).isZero();
        assertThat(dir.resolve("report.json")).exists();
        assertThat(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8)).contains("流失风险队列");
    }

    @Test
    void aBadPolicyStopsTheRunBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"version\": 2}", StandardCharsets.UTF_8);
        Path issues = dir.resolve("issues.json");
        Files.writeString(issues, "{\"issues\": []}", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        int code = run(new StringWriter(), "report", "--issues", issues.toString(), "--policy", policy.toString(),
                "--out", out.toString());
        assertThat(code).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadLocaleOrMissingInputIsAUsageError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertThat(run(err, "demo", "--out", dir.toString(), "--locale", "--")).isNotZero();
        assertThat(run(new StringWriter(), "report", "--out", dir.toString())).isEqualTo(2);
    }
}

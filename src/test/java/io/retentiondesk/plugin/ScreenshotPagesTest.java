package io.retentiondesk.plugin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The screenshot pages still render from the real templates, so {@code scripts/screenshots.sh} keeps working. */
class ScreenshotPagesTest {
    @Test
    void everyPageTheReadmeShowsRendersWithItsSampleData(@TempDir Path out) throws Exception {
        ScreenshotPages.main(new String[]{out.toString(), "aui.css"});
        assertThat(Files.readString(out.resolve("admin-page.html"))).contains("aui-progress-indicator",
                "Re-tier: 412 of 1,200 customers", "Acme Logistics: Major → Key", "a number from 1 to 365",
                "Assess churn risk on SUP-1042: failed 5 times", ">Retry</button>");
        assertThat(Files.readString(out.resolve("rates-page.html"))).contains("<svg");
        assertThat(Files.readString(out.resolve("panel-at-risk-key.html"))).contains("Acme");
        assertThat(Files.readString(out.resolve("panel-at-risk-key-zh.html"))).contains("流失风险");
        assertThat(Files.readString(out.resolve("panel-quiet-small.html"))).contains("Corner Café");
        assertThat(Files.readString(out.resolve("setup-section.html"))).contains("aui-lozenge-success\">OK<",
                "aui-lozenge-error\">Missing<", "aui-lozenge-moved\">Ambiguous<", "aui-lozenge-moved\">Not scheduled<",
                "aui-lozenge-error\">Failing<", "Not in IT incident workflow: add it", "rd-admin");
    }
}

package io.retentiondesk.plugin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the jar {@code package} built: what ships, and that it is still the offline command. */
class PluginJarIT {
    static Path builtJar() throws IOException {
        Path target = Path.of(System.getProperty("rd.buildDir", "target"));
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("retention-desk-[0-9.]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no plugin jar in " + target));
        }
    }

    @Test
    void shipsNoHostOrStandInClassesAndEmbedsItsLibraries() throws IOException {
        try (JarFile jar = new JarFile(builtJar().toFile())) {
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            assertThat(names).noneMatch(n -> n.startsWith("com/atlassian/") || n.startsWith("com/opensymphony/")
                    || n.startsWith("net/java/ao/") || n.startsWith("jakarta/"));
            // nor the wired tests, their descriptor's helpers or their workflow (the test plugin's, built by AMPS)
            assertThat(names).noneMatch(n -> n.startsWith("it/"));
            assertThat(names).contains("atlassian-plugin.xml", "META-INF/spring/plugin-context.xml",
                    "META-INF/plugin-components/component", "META-INF/plugin-components/imports",
                    "META-INF/plugin-components/exports",
                    "io/retentiondesk/core/RetentionEngine.class",
                    "io/retentiondesk/core/policy/default-policy.json", "i18n/retention-desk.properties",
                    "i18n/retention-desk_zh_CN.properties", "com/google/gson/Gson.class",
                    "org/apache/commons/csv/CSVParser.class", "picocli/CommandLine.class");
            Manifest m = jar.getManifest();
            assertThat(m.getMainAttributes().getValue("Main-Class")).isEqualTo("io.retentiondesk.report.RetentionDeskCommand");
            assertThat(m.getMainAttributes().getValue("Bundle-SymbolicName")).isEqualTo("io.retentiondesk.retention-desk");
            assertThat(m.getMainAttributes().getValue("Atlassian-Plugin-Key")).isEqualTo("io.retentiondesk.retention-desk");
            assertThat(m.getMainAttributes().getValue("Import-Package")).doesNotContain("*;resolution:=optional")
                    .contains("com.atlassian.jira.issue")
                    // Jira builds the built-in searchers itself (<valid-searcher>): the app imports none of them
                    .doesNotContain("com.atlassian.jira.issue.customfields.searchers")
                    // the scanner runtime checks @ExportAsService by the host's class (NightlyJob is exported)
                    .contains("com.atlassian.plugin.spring.scanner.annotation.export")
                    .contains("com.atlassian.servicedesk.api.sla.info", "com.atlassian.event.api",
                            "org.springframework.beans.factory");
            for (String entry : m.getMainAttributes().getValue("Import-Package").split(",(?=[a-z])")) {
                if (entry.startsWith("com.atlassian") || entry.startsWith("org.springframework")) {
                    assertThat(entry).as("host packages are never optional").doesNotContain("resolution:=optional");
                }
                assertThat(entry).as("java.* comes from the boot class path, never imported").doesNotStartWith("java.");
                if (entry.startsWith("javax.")) {
                    assertThat(entry).as("the JDK's javax.* is optional").contains("resolution:=optional");
                }
            }
            // annotation-only jars are not embedded (Error Prone's would import javax.lang.model)
            assertThat(names).noneMatch(n -> n.startsWith("com/google/errorprone/"));
        }
    }
}

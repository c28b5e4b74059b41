package io.retentiondesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The two edges share code only through neutral packages: the Jira app never reaches into the offline command, and
 * what both use ({@code input}: the value file and Jira's date forms; {@code chart}: the SVG charts) depends on
 * neither edge.
 */
class EdgeArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.retentiondesk");

    @Test
    void theJiraAppDoesNotDependOnTheOfflineCommand() {
        noClasses().that().resideInAPackage("io.retentiondesk.jira..")
                .should().dependOnClassesThat().resideInAPackage("io.retentiondesk.report..")
                .check(APP);
    }

    @Test
    void sharedInputAndChartsDependOnNeitherEdge() {
        noClasses().that().resideInAnyPackage("io.retentiondesk.input..", "io.retentiondesk.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("io.retentiondesk.report..", "io.retentiondesk.jira..",
                        "com.atlassian..", "jakarta..", "javax.servlet..", "net.java.ao..", "org.springframework..")
                .check(APP);
    }
}

package io.retentiondesk.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** {@code core} is plain Java: the rules run the same in Jira, in the offline report and in tests. */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.retentiondesk.core");

    @Test
    void coreImportsNoJiraOsgiServletSpringOrVelocityType() {
        noClasses().that().resideInAPackage("io.retentiondesk.core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "com.opensymphony..",
                        "net.java.ao..", "jakarta..", "javax.servlet..", "javax.ws..", "javax.inject..", "org.osgi..",
                        "org.apache.felix..", "org.springframework..", "org.apache.velocity..")
                .check(CORE);
    }

    @Test
    void coreDoesNotReachIntoTheEdges() {
        noClasses().that().resideInAPackage("io.retentiondesk.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.retentiondesk.report..", "io.retentiondesk.jira..")
                .check(CORE);
    }
}

package io.retentiondesk.plugin;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring scanner index (META-INF/plugin-components) is what the host's scanner runtime reads; without the
 * scanner's Maven plugin it is kept by hand and checked here against the annotated classes: every {@code @Named}
 * class is a component, every {@code @ComponentImport} parameter type an import.
 */
class ScannerIndexTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.retentiondesk");

    @Test
    void componentIndexListsEveryNamedClass() throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        for (JavaClass c : APP) {
            if (c.isAnnotatedWith(Named.class)) {
                expected.add(c.getName());
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(lines("/META-INF/plugin-components/component")).containsExactlyElementsOf(expected);
    }

    @Test
    void importIndexListsEveryImportedHostService() throws Exception {
        TreeSet<String> expected = new TreeSet<>();
        for (JavaClass c : APP) {
            if (!c.isAnnotatedWith(Named.class)) {
                continue;
            }
            for (Constructor<?> ctor : Class.forName(c.getName()).getConstructors()) {
                for (Parameter p : ctor.getParameters()) {
                    if (p.isAnnotationPresent(ComponentImport.class)) {
                        expected.add(p.getType().getName());
                    }
                }
            }
        }
        assertThat(lines("/META-INF/plugin-components/imports")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyComponentHasOnePublicConstructorForSpringToAutowire() throws Exception {
        for (String name : lines("/META-INF/plugin-components/component")) {
            assertThat(Class.forName(name).getConstructors()).as(name).hasSize(1);
        }
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = ScannerIndexTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::trim).filter(l -> !l.isEmpty()).toList();
        }
    }
}

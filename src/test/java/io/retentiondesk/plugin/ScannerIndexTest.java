package io.retentiondesk.plugin;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring scanner index (META-INF/plugin-components) is what the host's scanner runtime reads; without the
 * scanner's Maven plugin it is kept by hand and checked here against the annotated classes: every {@code @Named}
 * class is a component, every {@code @ComponentImport} parameter type an import, every {@code @ExportAsService}
 * class an export under the interfaces it names.
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

    /**
     * {@code class#interface,…} per exported component, as the scanner's annotation processor writes it. The app
     * exports no packages, so another bundle (the wired tests) can only use an export under a host interface.
     */
    @Test
    void exportIndexListsEveryExportedComponentUnderTheHostInterfacesItNames() throws Exception {
        TreeSet<String> expected = new TreeSet<>();
        for (JavaClass c : APP) {
            if (!c.isAnnotatedWith(ExportAsService.class)) {
                continue;
            }
            Class<?> type = Class.forName(c.getName());
            Class<?>[] interfaces = type.getAnnotation(ExportAsService.class).value();
            assertThat(interfaces).as(c.getName() + " names the interfaces it is exported under").isNotEmpty();
            for (Class<?> i : interfaces) {
                assertThat(i.isInterface() && i.isAssignableFrom(type) && !i.getName().startsWith("io.retentiondesk"))
                        .as(c.getName() + " exported as host interface " + i.getName()).isTrue();
            }
            assertThat(c.isAnnotatedWith(Named.class)).as(c.getName() + " is a component").isTrue();
            expected.add(c.getName() + "#" + Arrays.stream(interfaces).map(Class::getName)
                    .collect(Collectors.joining(",")));
        }
        assertThat(lines("/META-INF/plugin-components/exports")).containsExactlyElementsOf(expected);
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

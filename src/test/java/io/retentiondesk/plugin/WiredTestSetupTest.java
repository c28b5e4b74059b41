package io.retentiondesk.plugin;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.retentiondesk.jira.customfield.RetentionField;
import io.retentiondesk.testing.AppDescriptor;
import it.io.retentiondesk.AppField;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.runner.RunWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.beans.Introspector;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wired tests run only under -Patlassian, inside a Jira this build never starts; this checks cheaply that
 * their set-up cannot rot unseen: the test plugin's descriptor, what every wired test and helper asks for by
 * constructor, what the app exports, the field table and the tests' workflow against the app's descriptor.
 */
class WiredTestSetupTest {
    private static final Path TEST_DESCRIPTOR = Path.of("src/test/resources/atlassian-plugin.xml");
    private static final Path WORKFLOW = Path.of("src/test/resources/it/io/retentiondesk/retention-workflow.xml");
    private static final Pattern BEAN_NAME =
            Pattern.compile("\\(org\\.eclipse\\.gemini\\.blueprint\\.bean\\.name=([^)]+)\\)");
    private static final JavaClasses WIRED = new ClassFileImporter().importPackages("it.io.retentiondesk");
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.retentiondesk.jira");

    @Test
    void theTestPluginKeyIsTheAppKeyWithTests() throws Exception {
        String appKey = parse(Files.newInputStream(Path.of("atlassian-plugin.xml"))).getDocumentElement()
                .getAttribute("key");
        assertThat(testDescriptor().getDocumentElement().getAttribute("key")).isEqualTo(appKey + "-tests");
        String filteredAppKey = parse(AppDescriptor.open()).getDocumentElement().getAttribute("key");
        assertThat(AppField.PLUGIN_KEY).isEqualTo(filteredAppKey);
    }

    @Test
    void everyWiredTestRunsInJiraAndAsksOnlyForWhatTheTestPluginProvides() throws Exception {
        Set<Class<?>> provided = new HashSet<>(imports().keySet());
        provided.addAll(components());
        List<String> tests = new ArrayList<>();
        for (JavaClass c : WIRED) {
            Class<?> type = Class.forName(c.getName());
            boolean hasTests = Arrays.stream(type.getDeclaredMethods())
                    .anyMatch(m -> m.isAnnotationPresent(org.junit.Test.class));
            if (!hasTests && !type.getSimpleName().endsWith("Test")) {
                continue;
            }
            tests.add(type.getSimpleName());
            assertThat(type.getSimpleName()).as("AMPS runs it/**/*Test.java").endsWith("Test");
            RunWith runWith = type.getAnnotation(RunWith.class);
            assertThat(runWith).as(type + " @RunWith").isNotNull();
            assertThat(runWith.value()).as(type.getName()).isEqualTo(AtlassianPluginsTestRunner.class);
            assertOnlyAsksFor(type, provided);
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyHelperComponentAsksOnlyForWhatTheTestPluginProvides() throws Exception {
        Set<Class<?>> provided = new HashSet<>(imports().keySet());
        provided.addAll(components());
        for (Class<?> component : components()) {
            assertOnlyAsksFor(component, provided);
        }
    }

    /** An import nobody asks for still has to be there for the test plugin to start, so none may be left over. */
    @Test
    void everyImportIsAskedForByATestOrAHelper() throws Exception {
        Set<Class<?>> asked = new HashSet<>();
        for (JavaClass c : WIRED) {
            for (Constructor<?> ctor : Class.forName(c.getName()).getConstructors()) {
                asked.addAll(Arrays.asList(ctor.getParameterTypes()));
            }
        }
        assertThat(asked).containsAll(imports().keySet());
    }

    /** The app exports no packages: only a host interface the app exports as a service can reach the tests. */
    @Test
    void everyImportedAppServiceIsExportedByTheAppUnderThatInterfaceAndBeanName() throws Exception {
        for (Map.Entry<Class<?>, String> i : imports().entrySet()) {
            assertThat(i.getKey().isInterface()).as(i.getKey() + " is an interface").isTrue();
            assertThat(i.getKey().getName()).as("the app exports no packages").doesNotStartWith("io.retentiondesk");
            if (i.getValue().isEmpty()) {
                continue;
            }
            Matcher bean = BEAN_NAME.matcher(i.getValue());
            assertThat(bean.matches()).as("filter " + i.getValue()).isTrue();
            List<Class<?>> exported = exportedBeans().get(bean.group(1));
            assertThat(exported).as("the app's bean " + bean.group(1) + ", exported with @ExportAsService")
                    .isNotNull().contains(i.getKey());
        }
    }

    @Test
    void theFieldTableIsTheAppsFieldsWithTheSearchersTheDescriptorAllows() throws Exception {
        assertThat(Arrays.stream(AppField.values()).map(AppField::fieldName))
                .containsExactlyElementsOf(
                        Arrays.stream(RetentionField.values()).map(RetentionField::fieldName).toList());
        NodeList types = parse(AppDescriptor.open()).getElementsByTagName("customfield-type");
        Map<String, Element> byKey = new LinkedHashMap<>();
        for (int i = 0; i < types.getLength(); i++) {
            byKey.put(((Element) types.item(i)).getAttribute("key"), (Element) types.item(i));
        }
        assertThat(Arrays.stream(AppField.values()).map(AppField::typeKey)).containsExactlyElementsOf(byKey.keySet());
        for (AppField field : AppField.values()) {
            NodeList valid = byKey.get(field.typeKey()).getElementsByTagName("valid-searcher");
            List<String> allowed = new ArrayList<>();
            for (int i = 0; i < valid.getLength(); i++) {
                Element v = (Element) valid.item(i);
                allowed.add(v.getAttribute("package") + ":" + v.getAttribute("key"));
            }
            if (!allowed.isEmpty()) {
                assertThat(allowed).as(field + " valid searchers").contains(field.completeSearcherKey());
            }
        }
    }

    /**
     * The tests' workflow names each of the app's post-functions and its validator as the workflow editor would:
     * the module's class and its complete key (plugin key and module key run together).
     */
    @Test
    void theTestWorkflowCarriesEveryPostFunctionAndTheValidatorByTheirModules() throws Exception {
        Document app = parse(AppDescriptor.open());
        Map<String, String> modules = new LinkedHashMap<>();
        collect(app, "workflow-function", "function-class", modules);
        collect(app, "workflow-validator", "validator-class", modules);

        Document workflow = parse(Files.newInputStream(WORKFLOW));
        Set<String> used = new HashSet<>();
        for (String tag : List.of("function", "validator")) {
            NodeList nodes = workflow.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Map<String, String> args = args((Element) nodes.item(i));
                String className = args.get("class.name");
                if (className == null || !className.startsWith("io.retentiondesk.")) {
                    continue;
                }
                String moduleKey = args.get("full.module.key");
                assertThat(moduleKey).as(className).startsWith(AppField.PLUGIN_KEY);
                String key = moduleKey.substring(AppField.PLUGIN_KEY.length());
                assertThat(modules).as(className).containsEntry(key, className);
                used.add(key);
            }
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(modules.keySet());
    }

    private static void assertOnlyAsksFor(Class<?> type, Set<Class<?>> provided) {
        Constructor<?>[] constructors = type.getConstructors();
        assertThat(constructors).as(type + " has one public constructor to be built by").hasSize(1);
        for (Class<?> p : constructors[0].getParameterTypes()) {
            assertThat(provided).as(type.getSimpleName() + " asks for " + p.getName()
                    + ": import it or declare it as a component in " + TEST_DESCRIPTOR).contains(p);
        }
    }

    /** Each component-import's interface, with its filter ("" when none). */
    private static Map<Class<?>, String> imports() throws Exception {
        NodeList nodes = testDescriptor().getElementsByTagName("component-import");
        Map<Class<?>, String> imports = new LinkedHashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            imports.put(Class.forName(e.getAttribute("interface")), e.getAttribute("filter"));
        }
        assertThat(imports).isNotEmpty();
        return imports;
    }

    private static Set<Class<?>> components() throws Exception {
        NodeList nodes = testDescriptor().getElementsByTagName("component");
        Set<Class<?>> components = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Class<?> c = Class.forName(((Element) nodes.item(i)).getAttribute("class"));
            assertThat(c.getPackageName()).as(c + " lives with the wired tests").isEqualTo("it.io.retentiondesk");
            components.add(c);
        }
        return components;
    }

    /** Bean name (the scanner's: @Named's value, else the decapitalized class name) → exported interfaces. */
    private static Map<String, List<Class<?>>> exportedBeans() throws Exception {
        Map<String, List<Class<?>>> exported = new LinkedHashMap<>();
        for (JavaClass c : APP) {
            if (c.isAnnotatedWith(ExportAsService.class)) {
                Class<?> type = Class.forName(c.getName());
                String named = type.getAnnotation(Named.class).value();
                exported.put(named.isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : named,
                        List.of(type.getAnnotation(ExportAsService.class).value()));
            }
        }
        return exported;
    }

    private static void collect(Document descriptor, String tag, String classTag, Map<String, String> into) {
        NodeList nodes = descriptor.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            into.put(e.getAttribute("key"), e.getElementsByTagName(classTag).item(0).getTextContent().trim());
        }
    }

    private static Map<String, String> args(Element element) {
        Map<String, String> args = new LinkedHashMap<>();
        NodeList nodes = element.getElementsByTagName("arg");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element arg = (Element) nodes.item(i);
            args.put(arg.getAttribute("name"), arg.getTextContent().trim());
        }
        return args;
    }

    private static Document testDescriptor() throws Exception {
        return parse(Files.newInputStream(TEST_DESCRIPTOR));
    }

    /** Parsed without fetching the DOCTYPE's DTD (the workflow's names OSWorkflow 2.8's, which is not here). */
    private static Document parse(InputStream in) throws Exception {
        try (in) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(in);
        }
    }

}

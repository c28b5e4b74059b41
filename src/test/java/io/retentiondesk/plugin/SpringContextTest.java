package io.retentiondesk.plugin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;

import java.beans.Introspector;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Wires the plugin's components the way the host's scanner runtime does: one bean per line of the component
 * index (constructor autowired), one host service per line of the import index (mocked here).
 */
class SpringContextTest {
    /** Loads a class by name: from the test classpath here, from the installed bundle in {@link PluginBundleIT}. */
    @FunctionalInterface
    interface ClassSource {
        Class<?> load(String name) throws ClassNotFoundException;
    }

    @Test
    void everyComponentWiresWithTheImportedHostServices() throws Exception {
        List<String> components = ScannerIndexTest.lines("/META-INF/plugin-components/component");
        List<String> imports = ScannerIndexTest.lines("/META-INF/plugin-components/imports");
        try (GenericApplicationContext ctx = wire(components, imports, Class::forName)) {
            assertThat(ctx.getBeanDefinitionCount()).isGreaterThanOrEqualTo(components.size() + imports.size());
        }
    }

    /** The setup check is handed every setup part of the context (whoever wrote it), in their order. */
    @Test
    void theSetupCheckCollectsEverySetupPartOfTheContextInOrder() throws Exception {
        List<String> components = ScannerIndexTest.lines("/META-INF/plugin-components/component");
        List<String> imports = ScannerIndexTest.lines("/META-INF/plugin-components/imports");
        try (GenericApplicationContext ctx = wire(components, imports, Class::forName)) {
            List<io.retentiondesk.jira.setup.SetupCheckPart> parts = ctx.getBean(io.retentiondesk.jira.setup.SetupCheck.class).parts();
            assertThat(parts).containsExactlyInAnyOrderElementsOf(
                    ctx.getBeansOfType(io.retentiondesk.jira.setup.SetupCheckPart.class).values());
            assertThat(parts).extracting(io.retentiondesk.jira.setup.SetupCheckPart::order).isSorted();
            assertThat(parts).extracting(p -> p.getClass().getSimpleName())
                    .startsWith("FieldSetupCheck", "JsmFieldCheck")
                    .contains("WorkflowsPart", "NightlyJobPart", "FailedWorkPart", "CustomerValuesPart", "RunAsPart");
        }
    }

    /** A refreshed context of every component, each checked to be there; the caller closes it. */
    @SuppressWarnings("unchecked")
    static GenericApplicationContext wire(List<String> components, List<String> imports, ClassSource classes)
            throws ClassNotFoundException {
        GenericApplicationContext ctx = new GenericApplicationContext();
        AnnotationConfigUtils.registerAnnotationConfigProcessors(ctx);
        // named as the scanner runtime's ComponentImportBeanFactoryPostProcessor names them: in sorted order, the
        // simple name, or the full name when taken (Jira's and SAL's UserManager both end up imported)
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String service : new java.util.TreeSet<>(imports)) {
            Class<?> type = classes.load(service);
            String name = Introspector.decapitalize(type.getSimpleName());
            ctx.registerBean(names.add(name) ? name : type.getName(), (Class<Object>) type, () -> mock(type));
        }
        for (String component : components) {
            Class<?> type = classes.load(component);
            RootBeanDefinition def = new RootBeanDefinition(type);
            def.setAutowireMode(RootBeanDefinition.AUTOWIRE_CONSTRUCTOR);
            ctx.registerBeanDefinition(Introspector.decapitalize(type.getSimpleName()), def);
        }
        ctx.refresh();
        for (String component : components) {
            assertThat(ctx.getBean(classes.load(component))).as(component).isNotNull();
        }
        return ctx;
    }
}

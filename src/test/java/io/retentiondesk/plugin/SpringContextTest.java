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
    @Test
    void everyComponentWiresWithTheImportedHostServices() throws Exception {
        List<String> components = ScannerIndexTest.lines("/META-INF/plugin-components/component");
        List<String> imports = ScannerIndexTest.lines("/META-INF/plugin-components/imports");
        try (GenericApplicationContext ctx = new GenericApplicationContext()) {
            AnnotationConfigUtils.registerAnnotationConfigProcessors(ctx);
            for (String service : imports) {
                Class<?> type = Class.forName(service);
                ctx.registerBean(Introspector.decapitalize(type.getSimpleName()), (Class<Object>) type,
                        () -> mock(type));
            }
            for (String component : components) {
                RootBeanDefinition def = new RootBeanDefinition(Class.forName(component));
                def.setAutowireMode(RootBeanDefinition.AUTOWIRE_CONSTRUCTOR);
                ctx.registerBeanDefinition(Introspector.decapitalize(Class.forName(component).getSimpleName()), def);
            }
            ctx.refresh();
            for (String component : components) {
                assertThat(ctx.getBean(Class.forName(component))).as(component).isNotNull();
            }
            assertThat(ctx.getBeanDefinitionCount()).isGreaterThanOrEqualTo(components.size() + imports.size());
        }
    }
}

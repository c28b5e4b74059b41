package io.retentiondesk.plugin;

import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Installs the built jar in Apache Felix with the host packages it imports exported by the framework (as Jira's
 * OSGi container exports them; their classes come from the test classpath: the stand-ins and the Central
 * libraries), and proves the bundle resolves, starts, carries its Spring context and scanner index, and that the
 * index's components, loaded from the bundle, wire into a Spring context with the imported host services.
 */
class PluginBundleIT {
    private Felix felix;

    @AfterEach
    void stop() throws Exception {
        if (felix != null) {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }

    @Test
    void bundleResolvesStartsAndWiresEveryIndexedComponentFromItsOwnClasses() throws Exception {
        Path jar = PluginJarIT.builtJar();
        List<String> hostPackages = hostPackages(jar);
        assertThat(hostPackages).contains("com.atlassian.jira.issue", "com.opensymphony.workflow.loader",
                "com.atlassian.plugin.spring.scanner.annotation.imports", "net.java.ao");

        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, Files.createTempDirectory("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", hostPackages));
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "java.*,sun.*");
        felix = new Felix(config);
        felix.start();

        Bundle bundle = felix.getBundleContext().installBundle(jar.toUri().toString());
        bundle.start();
        assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(bundle.getHeaders().get("Atlassian-Plugin-Key")).isEqualTo("io.retentiondesk.retention-desk");
        assertThat(bundle.getHeaders().get("Spring-Context")).isEqualTo("*");
        assertThat(bundle.getEntry("atlassian-plugin.xml")).isNotNull();
        assertThat(bundle.getEntry("META-INF/spring/plugin-context.xml")).isNotNull();
        for (String component : lines(bundle, "META-INF/plugin-components/component")) {
            Class<?> c = bundle.loadClass(component);
            c.getConstructors(); // links the constructor signatures against the host packages
            assertThat(c.getClassLoader()).as(component).isNotSameAs(getClass().getClassLoader());
        }
        for (String service : lines(bundle, "META-INF/plugin-components/imports")) {
            assertThat(bundle.loadClass(service)).as(service).isNotNull();
        }
        // the Spring context the scanner runtime would build, from the bundle's own classes and index
        List<String> components = lines(bundle, "META-INF/plugin-components/component");
        try (var ctx = SpringContextTest.wire(components, lines(bundle, "META-INF/plugin-components/imports"),
                bundle::loadClass)) {
            for (String component : components) {
                assertThat(ctx.getBean(bundle.loadClass(component)).getClass().getClassLoader()).as(component)
                        .isNotSameAs(getClass().getClassLoader());
            }
        }
    }

    /** The Import-Package entries a Jira host would export (all but the JDK's own packages). */
    private static List<String> hostPackages(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            String header = f.getManifest().getMainAttributes().getValue("Import-Package");
            List<String> out = new ArrayList<>();
            for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String pkg = clause.split(";")[0].trim();
                boolean optional = clause.contains("resolution:=optional");
                if (!optional && !pkg.startsWith("java.") && !pkg.startsWith("javax.") && !pkg.startsWith("org.xml.")
                        && !pkg.startsWith("org.w3c.")) {
                    // export at the lowest version the range accepts: what Jira 11 ships meets it
                    java.util.regex.Matcher range = java.util.regex.Pattern.compile("version=\"\\[([0-9.]+)")
                            .matcher(clause);
                    out.add(pkg + (range.find() ? ";version=" + range.group(1) : ""));
                }
            }
            return out;
        }
    }

    private static List<String> lines(Bundle bundle, String entry) throws IOException {
        try (InputStream in = bundle.getEntry(entry).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty()).toList();
        }
    }
}

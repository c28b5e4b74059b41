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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Installs the built jar in Apache Felix whose system bundle exports only the host packages a Jira 11 host can be
 * shown to export ({@link #HOST_FAMILIES}; their classes come from the test classpath: the stand-ins and the
 * Central libraries) and delegates only {@code java.*}, and proves that every mandatory import is such a host
 * package, that the bundle resolves and starts, carries its Spring context and scanner index, and that the index's
 * components, loaded from the bundle, wire into a Spring context with the imported host services.
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
        // the system bundle exports the host packages and nothing else (not Felix's default list of the JRE's
        // javax.* packages), and only java.* is delegated to the boot class path
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES, String.join(",", hostPackages));
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "java.*");
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
        // the rates chart needs the JDK's javax.swing, an optional import this host does not export: the page
        // keeps its lines instead of failing (on the test class path the same call draws the chart)
        assertThat(chartFrom(bundle)).isEmpty();
        assertThat(io.retentiondesk.jira.adminpage.RatesSection.chartHtml(List.of(
                io.retentiondesk.core.rates.RateRow.of(YearMonth.of(2026, 10), "ALL", 100, 3, false)), t -> t))
                .startsWith("<svg");

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

    /**
     * Package families a Jira 11 host exports to apps: Atlassian's own APIs (jira-api, JSM, SAL, AO, REST v2,
     * scanner), OSWorkflow and PropertySet (jira-core), the AO ORM (the Active Objects plugin), SLF4J, the Jakarta
     * EE 10 APIs and Spring 6 (Platform 8, RFC-77), and the OSGi framework itself. Nothing else may be a mandatory
     * import: JDK {@code javax.*} is not documented as exported by Jira 11's system bundle (jira11-risks.md §6).
     */
    static final List<String> HOST_FAMILIES = List.of("com.atlassian.", "com.opensymphony.module.propertyset",
            "com.opensymphony.workflow", "net.java.ao", "org.slf4j", "jakarta.", "org.springframework.", "org.osgi.");

    /** The mandatory Import-Package entries, each checked to be a host package; what the framework exports. */
    private static List<String> hostPackages(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            String header = f.getManifest().getMainAttributes().getValue("Import-Package");
            List<String> out = new ArrayList<>();
            List<String> notHost = new ArrayList<>();
            for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String pkg = clause.split(";")[0].trim();
                if (clause.contains("resolution:=optional")) {
                    continue;
                }
                if (pkg.startsWith("java.") || HOST_FAMILIES.stream().noneMatch(h -> pkg.equals(h) || pkg.startsWith(h)
                        || pkg.startsWith(h + "."))) {
                    notHost.add(pkg); // java.* comes from the boot class path: importing it is an error too
                    continue;
                }
                // export at the lowest version the range accepts: what Jira 11 ships meets it
                java.util.regex.Matcher range = java.util.regex.Pattern.compile("version=\"\\[([0-9.]+)")
                        .matcher(clause);
                out.add(pkg + (range.find() ? ";version=" + range.group(1) : ""));
            }
            assertThat(notHost).as("mandatory imports a Jira 11 host is not shown to export").isEmpty();
            return out;
        }
    }

    @SuppressWarnings("unchecked")
    private static String chartFrom(Bundle bundle) throws Exception {
        Object row = bundle.loadClass("io.retentiondesk.core.rates.RateRow")
                .getMethod("of", YearMonth.class, String.class, int.class, int.class, boolean.class)
                .invoke(null, YearMonth.of(2026, 10), "ALL", 100, 3, false);
        return (String) bundle.loadClass("io.retentiondesk.jira.adminpage.RatesSection")
                .getMethod("chartHtml", List.class, Function.class)
                .invoke(null, List.of(row), (Function<String, String>) t -> t);
    }

    private static List<String> lines(Bundle bundle, String entry) throws IOException {
        try (InputStream in = bundle.getEntry(entry).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty()).toList();
        }
    }
}

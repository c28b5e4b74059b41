package io.retentiondesk.plugin;

import com.atlassian.jira.plugin.workflow.WorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import io.retentiondesk.testing.AppDescriptor;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * atlassian-plugin.xml as the build filtered it: every class it names exists with the right supertype, every
 * Velocity resource exists and renders with its factory's parameters, every i18n key it or a template uses is
 * in English and Simplified Chinese.
 */
class PluginDescriptorTest {
    private static final Pattern TEMPLATE_KEY = Pattern.compile("getText\\(\"([^\"]+)\"");
    private final Properties en = bundle("/i18n/retention-desk.properties");
    private final Properties zh = bundle("/i18n/retention-desk_zh_CN.properties");

    @Test
    void keyIsFilledInAndI18nIsRegistered() throws Exception {
        Element root = descriptor().getDocumentElement();
        assertThat(root.getAttribute("key")).isEqualTo("io.retentiondesk.retention-desk");
        assertThat(root.getAttribute("plugins-version")).isEqualTo("2");
        Element i18n = (Element) root.getElementsByTagName("resource").item(0);
        assertThat(i18n.getAttribute("type")).isEqualTo("i18n");
        assertThat(getClass().getResource("/" + i18n.getAttribute("location") + ".properties")).isNotNull();
    }

    /** Web resources ship their files, and every template that requires one names a web resource of this plugin. */
    @Test
    void webResourcesExistAndTemplatesRequireOnlyThose() throws Exception {
        Element root = descriptor().getDocumentElement();
        NodeList webResources = root.getElementsByTagName("web-resource");
        assertThat(webResources.getLength()).isGreaterThan(0);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < webResources.getLength(); i++) {
            Element w = (Element) webResources.item(i);
            keys.add(root.getAttribute("key") + ":" + w.getAttribute("key"));
            NodeList files = w.getElementsByTagName("resource");
            assertThat(files.getLength()).isGreaterThan(0);
            for (int r = 0; r < files.getLength(); r++) {
                Element f = (Element) files.item(r);
                assertThat(f.getAttribute("type")).isEqualTo("download");
                assertThat(getClass().getResource("/" + f.getAttribute("location"))).as(f.getAttribute("location")).isNotNull();
            }
        }
        Pattern required = Pattern.compile("requireResource\\(\"([^\"]+)\"\\)");
        int requires = 0;
        try (var templates = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
            for (java.nio.file.Path t : templates.filter(p -> p.toString().endsWith(".vm")).toList()) {
                Matcher m = required.matcher(java.nio.file.Files.readString(t));
                while (m.find()) {
                    requires++;
                    assertThat(keys).as(t.toString()).contains(m.group(1));
                }
            }
        }
        assertThat(requires).isGreaterThan(0);
    }

    @Test
    void workflowFunctionsNameRealClassesAndRenderTheirViews() throws Exception {
        NodeList functions = descriptor().getElementsByTagName("workflow-function");
        assertThat(functions.getLength()).isGreaterThan(0);
        for (int i = 0; i < functions.getLength(); i++) {
            Element f = (Element) functions.item(i);
            Class<?> factory = Class.forName(f.getAttribute("class"));
            assertThat(WorkflowPluginFunctionFactory.class).isAssignableFrom(factory);
            Class<?> function = Class.forName(text(f, "function-class"));
            assertThat(FunctionProvider.class).isAssignableFrom(function);
            assertKeys(f.getAttribute("i18n-name-key"), ((Element) f.getElementsByTagName("description").item(0)).getAttribute("key"));
            NodeList resources = f.getElementsByTagName("resource");
            for (int r = 0; r < resources.getLength(); r++) {
                Element res = (Element) resources.item(r);
                WorkflowPluginFactory instance = (WorkflowPluginFactory) factory.getConstructor().newInstance();
                Map<String, ?> params = instance.getVelocityParams(res.getAttribute("name"), new FunctionDescriptor());
                String rendered = render(res.getAttribute("location"), params);
                assertThat(rendered).as(res.getAttribute("location")).isNotBlank().doesNotContain("$i18n");
            }
        }
    }

    @Test
    void workflowValidatorsNameRealClassesAndRenderTheirViews() throws Exception {
        NodeList validators = descriptor().getElementsByTagName("workflow-validator");
        assertThat(validators.getLength()).isGreaterThan(0);
        for (int i = 0; i < validators.getLength(); i++) {
            Element v = (Element) validators.item(i);
            Class<?> factory = Class.forName(v.getAttribute("class"));
            assertThat(com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory.class).isAssignableFrom(factory);
            assertThat(com.opensymphony.workflow.Validator.class).isAssignableFrom(Class.forName(text(v, "validator-class")));
            assertKeys(v.getAttribute("i18n-name-key"));
            Element view = (Element) v.getElementsByTagName("resource").item(0);
            WorkflowPluginFactory instance = (WorkflowPluginFactory) factory.getConstructor().newInstance();
            assertThat(render(view.getAttribute("location"), instance.getVelocityParams("view",
                    new com.opensymphony.workflow.loader.ValidatorDescriptor()))).isNotBlank();
        }
    }

    @Test
    void jqlFunctionsNameRealFunctionsWithFnameAndListAsChildElements() throws Exception {
        NodeList functions = descriptor().getElementsByTagName("jql-function");
        assertThat(functions.getLength()).isGreaterThan(0);
        for (int i = 0; i < functions.getLength(); i++) {
            Element f = (Element) functions.item(i);
            assertThat(com.atlassian.jira.plugin.jql.function.JqlFunction.class)
                    .isAssignableFrom(Class.forName(f.getAttribute("class")));
            assertThat(text(f, "fname")).matches("[a-z][A-Za-z]+");
            assertThat(text(f, "list")).isEqualTo("true");
            assertThat(f.hasAttribute("fname")).isFalse();
        }
    }

    private static final String HOSTILE = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";

    @Test
    void customFieldTypesAreStoredTypesWithViewsThatEscapeTheirValue() throws Exception {
        NodeList types = descriptor().getElementsByTagName("customfield-type");
        assertThat(types.getLength()).isEqualTo(9);
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element) types.item(i);
            Class<?> type = Class.forName(t.getAttribute("class"));
            assertThat(com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType.class)
                    .as(t.getAttribute("key")).isAssignableFrom(type);
            assertKeys(t.getAttribute("i18n-name-key"), ((Element) t.getElementsByTagName("description").item(0)).getAttribute("key"));
            NodeList resources = t.getElementsByTagName("resource");
            for (int r = 0; r < resources.getLength(); r++) {
                String location = ((Element) resources.item(r)).getAttribute("location");
                Map<String, Object> params = new java.util.HashMap<>();
                params.put("value", HOSTILE);
                params.put("dueText", HOSTILE);
                params.put("scoreText", HOSTILE);
                String rendered = render(location, params);
                assertThat(rendered).as(location).doesNotContain("<script", "<img", "\"'>")
                        .doesNotContain("enable_html_escaping");
            }
            Map<String, Object> shown = Map.of("value", "HIGH", "scoreText", "42", "dueText", "2026-11-25 09:00 UTC");
            assertThat(render(((Element) resources.item(0)).getAttribute("location"), shown))
                    .containsAnyOf("HIGH", "42", "2026-11-25 09:00 UTC");
        }
    }

    /** Where the churn risk is shown on an issue or in a list, hovering says what the index is. */
    @Test
    void churnRiskFieldsExplainTheIndexOnHover() throws Exception {
        String help = en.getProperty("retention.panel.riskHelp").replace("''", "'").replace("'", "&#39;");
        assertThat(render("templates/customfield/risk-view.vm", Map.of("value", "HIGH")))
                .contains(">HIGH</span>", "title=\"" + help.substring(0, 40));
        assertThat(render("templates/customfield/risk-view.vm", Map.of("value", 62.0, "scoreText", "62")))
                .contains(">62</span>");
        assertThat(render("templates/customfield/risk-view.vm", Map.of())).isBlank();
    }

    @Test
    void everyFieldHasOneBuiltInSearcherThatNamesIt() throws Exception {
        Document d = descriptor();
        NodeList types = d.getElementsByTagName("customfield-type");
        NodeList searchers = d.getElementsByTagName("customfield-searcher");
        java.util.Set<String> searched = new java.util.HashSet<>();
        for (int i = 0; i < searchers.getLength(); i++) {
            Element s = (Element) searchers.item(i);
            // Jira's own searcher classes: host classes, imported by package (PluginJarIT checks the manifest)
            assertThat(s.getAttribute("class")).startsWith("com.atlassian.jira.issue.customfields.searchers.")
                    .endsWith("Searcher");
            assertKeys(s.getAttribute("i18n-name-key"));
            Element valid = (Element) s.getElementsByTagName("valid-customfield-type").item(0);
            assertThat(valid.getAttribute("package")).isEqualTo("io.retentiondesk.retention-desk");
            assertThat(searched.add(valid.getAttribute("key"))).as("one searcher per field").isTrue();
            NodeList resources = s.getElementsByTagName("resource");
            for (int r = 0; r < resources.getLength(); r++) {
                assertThat(((Element) resources.item(r)).getAttribute("location")).startsWith("templates/plugins/fields/");
            }
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < types.getLength(); i++) {
            keys.add(((Element) types.item(i)).getAttribute("key"));
        }
        assertThat(searched).isEqualTo(keys);
    }

    @Test
    void activeObjectsEntitiesAreEntities() throws Exception {
        NodeList entities = descriptor().getElementsByTagName("entity");
        assertThat(entities.getLength()).isEqualTo(8);
        for (int i = 0; i < entities.getLength(); i++) {
            assertThat(RawEntity.class).isAssignableFrom(Class.forName(entities.item(i).getTextContent().trim()));
        }
    }

    @Test
    void everyI18nKeyTheDescriptorNamesExists() throws Exception {
        List<String> keys = new ArrayList<>();
        collect(descriptor().getDocumentElement(), keys);
        assertThat(keys).isNotEmpty();
        keys.forEach(this::assertKeys);
    }

    private void collect(Element e, List<String> keys) {
        for (String attribute : new String[] {"i18n-name-key", "key"}) {
            if (e.hasAttribute(attribute) && (attribute.equals("i18n-name-key")
                    || e.getTagName().equals("description") || e.getTagName().equals("label"))) {
                keys.add(e.getAttribute(attribute));
            }
        }
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, keys);
            }
        }
    }

    private String render(String location, Map<String, ?> params) throws Exception {
        String template;
        try (InputStream in = getClass().getResourceAsStream("/" + location)) {
            assertThat(in).as(location).isNotNull();
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = TEMPLATE_KEY.matcher(template);
        while (m.find()) {
            assertKeys(m.group(1));
        }
        return JiraVelocity.render(location, template, params, new TestI18n(en));
    }

    private void assertKeys(String... keys) {
        for (String key : keys) {
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
            assertThat(zh.getProperty(key)).as("zh_CN " + key).isNotBlank();
        }
    }

    /** Stands for Jira's $i18n in templates, which formats every text with MessageFormat. */
    public static final class TestI18n {
        private final Properties texts;

        TestI18n(Properties texts) {
            this.texts = texts;
        }

        public String getText(String key) {
            String v = texts.getProperty(key);
            if (v == null) {
                throw new AssertionError("missing i18n key " + key);
            }
            return new java.text.MessageFormat(v).format(new Object[0]);
        }
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    private static Document descriptor() throws Exception {
        // the app's descriptor beside its classes, not the wired tests' one of the same name on the test classpath
        try (InputStream in = AppDescriptor.open()) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static Properties bundle(String resource) {
        Properties p = new Properties();
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}

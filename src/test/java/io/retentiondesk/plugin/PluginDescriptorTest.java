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

    /** The app finds its fields by their complete type key: plugin key, a colon, the customfield-type module key. */
    @Test
    void everyAppFieldsTypeKeyIsACustomFieldTypeOfThisPlugin() throws Exception {
        Element root = descriptor().getDocumentElement();
        assertThat(io.retentiondesk.jira.customfield.RetentionField.PLUGIN_KEY).isEqualTo(root.getAttribute("key"));
        NodeList types = root.getElementsByTagName("customfield-type");
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < types.getLength(); i++) {
            declared.add(root.getAttribute("key") + ":" + ((Element) types.item(i)).getAttribute("key"));
        }
        assertThat(java.util.Arrays.stream(io.retentiondesk.jira.customfield.RetentionField.values())
                .map(io.retentiondesk.jira.customfield.RetentionField::typeKey)).containsExactlyInAnyOrderElementsOf(declared);
    }

    /** Set up fields creates each field with the searcher its type allows: the one the descriptor names for it. */
    @Test
    void everyAppFieldIsCreatedWithTheSearcherItsTypeDeclares() throws Exception {
        NodeList types = descriptor().getDocumentElement().getElementsByTagName("customfield-type");
        Map<String, String> searcherByModule = new java.util.HashMap<>();
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element) types.item(i);
            Element valid = (Element) t.getElementsByTagName("valid-searcher").item(0);
            searcherByModule.put(t.getAttribute("key"), valid.getAttribute("package") + ":" + valid.getAttribute("key"));
        }
        for (io.retentiondesk.jira.customfield.RetentionField f : io.retentiondesk.jira.customfield.RetentionField.values()) {
            assertThat(f.searcher().completeKey()).as(f.name()).isEqualTo(searcherByModule.get(f.moduleKey()));
            assertKeys(f.nameKey(), f.descriptionKey());
        }
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
        assertThat(types.getLength()).isEqualTo(12);
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
                // the callback fields' views and edit controls (AgentFieldType and its three types)
                for (String key : List.of("outcomeText", "ratingText", "noteText", "fieldId", "fieldName")) {
                    params.put(key, HOSTILE);
                }
                params.put("outcomeChoices", List.of(new io.retentiondesk.jira.customfield.OutcomeChoice(HOSTILE, HOSTILE)));
                params.put("ratingChoices", List.of(HOSTILE));
                String rendered = render(location, params);
                // Jira's Velocity escapes these views once, because each has #enable_html_escaping()
                assertThat(rendered).as(location).doesNotContain("<script", "<img", "\"'>", "&amp;lt;")
                        .contains("&lt;script&gt;").doesNotContain("enable_html_escaping");
            }
            Map<String, Object> shown = Map.of("value", "HIGH", "scoreText", "42", "dueText", "2026-11-25 09:00 UTC",
                    "outcomeText", "HIGH", "ratingText", "42", "noteText", "HIGH");
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

    /**
     * Jira's own searchers a field type may name with {@code <valid-searcher>}, each with the value its indexer
     * reads. Evidence: developer.atlassian.com/server/jira/platform/custom-field ({@code valid-searcher}, "Since
     * Jira v5.2"); the keys as Jira's REST field docs pair them with built-in types (float: numberrange, url:
     * exacttextsearcher, textfield/readonlyfield: textsearcher, datetime: datetimerange); the value types from
     * Jira's number and date indexers (shared/reference/jira11-risks.md §5).
     */
    static final Map<String, Class<?>> BUILT_IN_SEARCHERS = Map.of("numberrange", Double.class,
            "exacttextsearcher", String.class, "textsearcher", String.class, "datetimerange", java.util.Date.class);
    static final String BUILT_IN_PACKAGE = "com.atlassian.jira.plugin.system.customfieldtypes";

    @Test
    void everyFieldNamesOneOfJirasOwnSearchersForTheValueItStores() throws Exception {
        Document d = descriptor();
        // the app builds no searcher: a searcher class built in the app's container lacks Jira's services
        assertThat(d.getElementsByTagName("customfield-searcher").getLength()).isZero();
        NodeList types = d.getElementsByTagName("customfield-type");
        assertThat(types.getLength()).isEqualTo(12);
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element) types.item(i);
            NodeList valid = t.getElementsByTagName("valid-searcher");
            assertThat(valid.getLength()).as(t.getAttribute("key") + ": one searcher").isEqualTo(1);
            Element searcher = (Element) valid.item(0);
            assertThat(searcher.getAttribute("package")).isEqualTo(BUILT_IN_PACKAGE);
            String key = searcher.getAttribute("key");
            assertThat(BUILT_IN_SEARCHERS).as(t.getAttribute("key")).containsKey(key);
            assertThat(BUILT_IN_SEARCHERS.get(key)).as(t.getAttribute("key") + " stores what " + key + " indexes")
                    .isAssignableFrom(storedValue(Class.forName(t.getAttribute("class"))));
        }
    }

    /** The {@code T} of {@code AbstractSingleFieldType<T>} a field type class extends, through generic bases. */
    private static Class<?> storedValue(Class<?> type) {
        java.util.Map<java.lang.reflect.TypeVariable<?>, java.lang.reflect.Type> bound = new java.util.HashMap<>();
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof java.lang.reflect.ParameterizedType p) {
                java.lang.reflect.Type[] args = p.getActualTypeArguments();
                java.lang.reflect.TypeVariable<?>[] vars = c.getSuperclass().getTypeParameters();
                for (int i = 0; i < args.length; i++) {
                    bound.put(vars[i], args[i] instanceof java.lang.reflect.TypeVariable<?> v ? bound.get(v) : args[i]);
                }
                if (p.getRawType() == com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType.class) {
                    return (Class<?>) bound.get(vars[0]);
                }
            }
        }
        throw new AssertionError(type + " does not extend AbstractSingleFieldType<T>");
    }

    /** As Jira 10/11 apps do (jira11-risks.md §4): a section of the apps menu with the page's link in it. */
    @Test
    void theAdminPageIsLinkedFromItsOwnSectionOfTheAppsMenu() throws Exception {
        Document d = descriptor();
        Element section = (Element) d.getElementsByTagName("web-section").item(0);
        assertThat(section.getAttribute("location")).isEqualTo("admin_plugins_menu");
        Element item = (Element) d.getElementsByTagName("web-item").item(0);
        assertThat(item.getAttribute("section")).isEqualTo("admin_plugins_menu/" + section.getAttribute("key"));
        String servlet = text((Element) d.getElementsByTagName("servlet").item(0), "url-pattern");
        assertThat(text(item, "link")).isEqualTo("/plugins/servlet" + servlet);
        Element info = (Element) d.getElementsByTagName("plugin-info").item(0);
        assertThat(info.getElementsByTagName("param").item(0).getTextContent()).isEqualTo("/plugins/servlet" + servlet);
        // the admin templates highlight that section in the sidebar
        for (String page : List.of("templates/admin/admin-page.vm", "templates/admin/rates-page.vm")) {
            try (InputStream in = getClass().getResourceAsStream("/" + page)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(page)
                        .contains("content=\"admin_plugins_menu/" + section.getAttribute("key") + "\"");
            }
        }
    }

    /** REST v2 declared in the module as Atlassian's Jira 11 apps do. */
    @Test
    void theRestModuleMigratesToRestV2() throws Exception {
        Element rest = (Element) descriptor().getElementsByTagName("rest").item(0);
        Element migration = (Element) rest.getElementsByTagName("rest-migration").item(0);
        assertThat(migration).isNotNull();
        assertThat(migration.getElementsByTagName("rest-v2").getLength()).isEqualTo(1);
    }

    @Test
    void activeObjectsEntitiesAreEntities() throws Exception {
        NodeList entities = descriptor().getElementsByTagName("entity");
        assertThat(entities.getLength()).isEqualTo(10);
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
        return JiraVelocity.render(location, params, new TestI18n(en));
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

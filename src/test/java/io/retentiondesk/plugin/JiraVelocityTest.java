package io.retentiondesk.plugin;

import io.retentiondesk.plugin.JiraVelocity.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harness escapes exactly where each of Jira's two engines does, and nowhere else. */
class JiraVelocityTest {
    private static final String MARKUP = "<b>&'\"";
    private static final String ESCAPED = "&lt;b&gt;&amp;&#39;&quot;";

    @Test
    void theEngineFollowsTheTemplatesFolderAndATestCannotPickTheOtherOne() {
        assertThat(JiraVelocity.engineOf("templates/admin/admin-page.vm")).isEqualTo(Engine.TEMPLATE_RENDERER);
        assertThat(JiraVelocity.engineOf("templates/panel/retention-panel.vm")).isEqualTo(Engine.TEMPLATE_RENDERER);
        assertThat(JiraVelocity.engineOf("templates/customfield/token-view.vm")).isEqualTo(Engine.JIRA_VELOCITY);
        assertThat(JiraVelocity.engineOf("templates/workflow/assess-churn-risk-view.vm")).isEqualTo(Engine.JIRA_VELOCITY);
        assertThatThrownBy(() -> JiraVelocity.engineOf("templates/email/new.vm")).hasMessageContaining("no engine known");
        assertThatThrownBy(() -> JiraVelocity.renderJira("templates/admin/rates-page.vm", Map.of(), null))
                .hasMessageContaining("TEMPLATE_RENDERER");
        assertThatThrownBy(() -> JiraVelocity.renderAtr("templates/customfield/token-view.vm", Map.of(), null))
                .hasMessageContaining("JIRA_VELOCITY");
    }

    @Test
    void theTemplateRendererEscapesEveryReferenceWithOrWithoutTheNoOpDirective() {
        assertThat(atr("$v", MARKUP)).isEqualTo(ESCAPED);
        assertThat(atr("#enable_html_escaping()$v", MARKUP)).isEqualTo(ESCAPED);
    }

    @Test
    void jirasVelocityEscapesOnlyInATemplateWithTheDirectiveWhereverItStands() {
        assertThat(jira("$v", MARKUP)).isEqualTo(MARKUP);
        assertThat(jira("## #enable_html_escaping() in a comment is no directive\n$v", MARKUP)).isEqualTo(MARKUP);
        assertThat(jira("#enable_html_escaping()$v", MARKUP)).isEqualTo(ESCAPED);
        assertThat(jira("$v#enable_html_escaping()", MARKUP)).isEqualTo(ESCAPED);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void disablingEscapingAnywhereMakesTheWholeTemplateRaw(Engine engine) {
        assertThat(render(engine, "#enable_html_escaping()$v#disable_html_escaping()", Map.of("v", MARKUP))).isEqualTo(MARKUP);
    }

    /** velocity-htmlsafe's HtmlAnnotationEscaper: a simple reference with one of these names is written raw. */
    @ParameterizedTest
    @ValueSource(strings = {"$fooHtml", "$fooHTML", "$foohtml", "$!fooHtml", "${fooHtml}", "$!{fooHtml}", "$body", "$head",
            "$xHtmlContent"})
    void simpleReferencesNamedAsHtmlAreWrittenRawByBothEngines(String reference) {
        String name = reference.replaceAll("[!${}]", "");
        for (Engine engine : Engine.values()) {
            assertThat(render(engine, "#enable_html_escaping()" + reference, Map.of(name, MARKUP))).as(engine + " " + reference)
                    .isEqualTo(MARKUP);
        }
        assertThat(JiraVelocity.rawByReferenceName(reference)).isTrue();
    }

    /** HtmlSafeMethodNameAnnotator and @HtmlSafe: what such a method returns is written raw, and so are its elements. */
    @ParameterizedTest
    @ValueSource(strings = {"$h.fooHtml()", "$h.fooHTML()", "$h.fooHtml", "$h.renderFoo()", "$h.getRenderFoo()",
            "$h.rendered", "$h.annotated()", "#foreach ($x in $h.itemsHtml())$x#end", "#set ($y = $h.fooHtml())$y",
            "$wrapped"})
    void htmlSafeMethodsAndTheirCollectionsAreWrittenRaw(String template) {
        for (Engine engine : Engine.values()) {
            assertThat(render(engine, "#enable_html_escaping()" + template, Map.of("h", new Holder(), "wrapped", new Fragment())))
                    .as(engine + " " + template).isEqualTo(MARKUP);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"$h.text()", "$h.body", "$h.head()", "#foreach ($x in $h.items())$x#end",
            "#foreach ($x in $itemsHtml)$x#end", "$map.fooHtml", "$fooHtmlx"})
    void everythingElseIsEscaped(String template) {
        Map<String, Object> context = Map.of("h", new Holder(), "itemsHtml", List.of(MARKUP),
                "map", Map.of("fooHtml", MARKUP), "fooHtmlx", MARKUP);
        for (Engine engine : Engine.values()) {
            assertThat(render(engine, "#enable_html_escaping()" + template, context)).as(engine + " " + template)
                    .isEqualTo(ESCAPED);
        }
    }

    @Test
    void escapingIsThatOfVelocityHtmlsafe() {
        assertThat(JiraVelocity.escape("a & b < c > d \" e ' f")).isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
    }

    @Test
    void aReferenceNoContextHoldsFailsTheRender() {
        assertThatThrownBy(() -> atr("$misspelt", MARKUP)).hasMessageContaining("misspelt");
    }

    @Test
    void theTemplatesReferencesAreReadFromItsSyntaxTree() {
        TemplateReferences refs = TemplateReferences.of("t", """
                #foreach ($row in $rows)$row.path()$velocityCount#end
                #if ($shown)$i18n.getText("a.b")#end
                #set ($svg = $chart.renderSvg())$svg $!{plainHtml} $h.bodyHtml $label""");
        assertThat(refs.contextKeys()).containsExactlyInAnyOrder("rows", "shown", "chart", "plainHtml", "h", "label");
        assertThat(refs.rawPrinted()).containsExactlyInAnyOrder("svg", "plainHtml", "h");
        assertThat(TemplateReferences.segments("$!{a.b(\"x.y\").c}")).containsExactly("a", "b(\"x.y\")", "c");
    }

    private static String atr(String template, String v) {
        return render(Engine.TEMPLATE_RENDERER, template, Map.of("v", v));
    }

    private static String jira(String template, String v) {
        return render(Engine.JIRA_VELOCITY, template, Map.of("v", v));
    }

    private static String render(Engine engine, String template, Map<String, ?> context) {
        return JiraVelocity.render(engine, "test.vm", template, context, null);
    }

    /** Stands for velocity-htmlsafe's (or the template renderer's) annotation: the engines match it by name. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface HtmlSafe {
    }

    public static final class Holder {
        public String fooHtml() {
            return MARKUP;
        }

        public String fooHTML() {
            return MARKUP;
        }

        public String getFooHtml() {
            return MARKUP;
        }

        public String renderFoo() {
            return MARKUP;
        }

        public String getRenderFoo() {
            return MARKUP;
        }

        public String getRendered() {
            return MARKUP;
        }

        @HtmlSafe
        public String annotated() {
            return MARKUP;
        }

        public List<String> itemsHtml() {
            return List.of(MARKUP);
        }

        public List<String> items() {
            return List.of(MARKUP);
        }

        public String text() {
            return MARKUP;
        }

        public String getBody() {
            return MARKUP;
        }

        public String head() {
            return MARKUP;
        }
    }

    /** Like velocity-htmlsafe's HtmlFragment: its toString is HtmlSafe. */
    public static final class Fragment {
        @HtmlSafe
        @Override
        public String toString() {
            return MARKUP;
        }
    }
}

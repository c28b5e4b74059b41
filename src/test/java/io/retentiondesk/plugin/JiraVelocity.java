package io.retentiondesk.plugin;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.directive.DirectiveConstants;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.parser.node.SimpleNode;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders a template the way the engine that renders it in Jira does. Two engines render this app's templates, with
 * different escaping rules (docs: jira11-risks.md §1; velocity-htmlsafe's {@code HtmlAnnotationEscaper} and
 * {@code HtmlSafeMethodNameAnnotator}):
 * <ul>
 *   <li>{@link Engine#TEMPLATE_RENDERER} (the Atlassian Template Renderer: the admin pages through
 *   {@code TemplateRenderer}, the issue panel as a velocity web panel) escapes every reference unless the template
 *   contains {@code #disable_html_escaping()}; {@code #enable_html_escaping()} is a no-op there.</li>
 *   <li>{@link Engine#JIRA_VELOCITY} (Jira's own Velocity: custom field and workflow-editor views) escapes only in a
 *   template that contains {@code #enable_html_escaping()}.</li>
 * </ul>
 * Where they escape, both print raw: a simple reference named {@code …Html} (any case), {@code body}, {@code head}
 * or {@code xHtmlContent}; the result of a method named {@code …Html} (any case), {@code render…} or
 * {@code getRender…} or annotated {@code @HtmlSafe}, and the elements of a collection it returns; an object whose
 * {@code toString()} is {@code @HtmlSafe}. The engine follows from the template's folder ({@link #engineOf}), so a
 * test cannot pick the lenient one. Strict references make a misspelt parameter fail the test.
 */
public final class JiraVelocity {
    /** Which engine renders a template in Jira. */
    public enum Engine {
        /** The Atlassian Template Renderer: escapes every reference by default. */
        TEMPLATE_RENDERER,
        /** Jira's own Velocity: escapes only in a template with {@code #enable_html_escaping()}. */
        JIRA_VELOCITY
    }

    /** Template folders by the engine that renders them; {@code TemplateEscapingTest} checks this against the descriptor. */
    private static final Map<String, Engine> ENGINE_BY_FOLDER = Map.of(
            "templates/admin/", Engine.TEMPLATE_RENDERER,     // AdminPageServlet → TemplateRenderer
            "templates/panel/", Engine.TEMPLATE_RENDERER,     // <web-panel> velocity resource
            "templates/customfield/", Engine.JIRA_VELOCITY,   // <customfield-type> view / column-view / edit
            "templates/workflow/", Engine.JIRA_VELOCITY);     // <workflow-function> / <workflow-validator> view

    /** Simple references both engines print raw whatever their name's case rule says. */
    private static final Set<String> RAW_REFERENCE_NAMES = Set.of("xHtmlContent", "body", "head");

    /** Values that came out of an HtmlSafe method (or its collection) during the current render, by identity. */
    private static final ThreadLocal<Map<Object, Boolean>> HTML_SAFE = new ThreadLocal<>();

    private JiraVelocity() {
    }

    /** Stands for Jira's WebResourceManager in a template: {@code requireResource} prints nothing. */
    public static final class WebResources {
        public void requireResource(String moduleCompleteKey) {
            if (!moduleCompleteKey.matches("[\\w.-]+:[\\w.-]+")) {
                throw new AssertionError("not a complete module key: " + moduleCompleteKey);
            }
        }
    }

    /** The engine that renders the template at {@code location} (a classpath path such as {@code templates/panel/x.vm}). */
    public static Engine engineOf(String location) {
        return ENGINE_BY_FOLDER.entrySet().stream().filter(e -> location.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no engine known for " + location
                        + ": add its folder to JiraVelocity with the engine that renders it in Jira"));
    }

    /** Renders the template at {@code location} with the engine that renders it in Jira. */
    public static String render(String location, Map<String, ?> params, Object i18n) {
        return render(engineOf(location), location, template(location), params, i18n);
    }

    /** Renders a template the Atlassian Template Renderer renders in Jira; fails for any other template. */
    public static String renderAtr(String location, Map<String, ?> params, Object i18n) {
        assertEngine(location, Engine.TEMPLATE_RENDERER);
        return render(location, params, i18n);
    }

    /** Renders a template Jira's own Velocity renders; fails for any other template. */
    public static String renderJira(String location, Map<String, ?> params, Object i18n) {
        assertEngine(location, Engine.JIRA_VELOCITY);
        return render(location, params, i18n);
    }

    private static void assertEngine(String location, Engine expected) {
        if (engineOf(location) != expected) {
            throw new AssertionError(location + " is rendered by " + engineOf(location) + " in Jira, not " + expected);
        }
    }

    /** The template's text from the classpath. */
    public static String template(String location) {
        try (InputStream in = JiraVelocity.class.getResourceAsStream("/" + location)) {
            if (in == null) {
                throw new AssertionError("no template " + location);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renders template text as {@code engine} would; for the harness's own tests (callers go by location). */
    static String render(Engine engine, String name, String template, Map<String, ?> params, Object i18n) {
        RuntimeInstance velocity = runtime();
        SimpleNode tree = parse(velocity, name, template);
        Set<String> directives = directives(tree);
        boolean disabled = directives.contains("disable_html_escaping");
        boolean escaping = switch (engine) {
            case TEMPLATE_RENDERER -> !disabled;
            case JIRA_VELOCITY -> directives.contains("enable_html_escaping") && !disabled;
        };
        VelocityContext context = new VelocityContext();
        params.forEach(context::put);
        if (i18n != null) {
            context.put("i18n", i18n);
        }
        context.put("webResourceManager", new WebResources()); // both engines put it in every context
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new Escaper(escaping));
        events.attachToContext(context);
        StringWriter out = new StringWriter();
        HTML_SAFE.set(new IdentityHashMap<>());
        try {
            velocity.render(context, out, name, tree);
        } finally {
            HTML_SAFE.remove();
        }
        return out.toString();
    }

    /** The template's syntax tree, with both escaping directives known (as in Jira, where both engines register them). */
    static SimpleNode parse(String name, String template) {
        return parse(runtime(), name, template);
    }

    private static SimpleNode parse(RuntimeInstance velocity, String name, String template) {
        try {
            return velocity.parse(new StringReader(template), name);
        } catch (ParseException e) {
            throw new AssertionError(name + " does not parse: " + e.getMessage(), e);
        }
    }

    private static RuntimeInstance runtime() {
        RuntimeInstance velocity = new RuntimeInstance();
        velocity.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        velocity.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, HtmlSafeUberspect.class.getName());
        velocity.addProperty("userdirective", EnableHtmlEscaping.class.getName());
        velocity.addProperty("userdirective", DisableHtmlEscaping.class.getName());
        velocity.init();
        return velocity;
    }

    /** The names of the directives the template uses (anywhere: both engines look at the whole template). */
    static Set<String> directives(Node tree) {
        Set<String> names = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(tree);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof ASTDirective d) {
                names.add(d.getDirectiveName());
            }
            for (int i = 0; i < n.jjtGetNumChildren(); i++) {
                todo.push(n.jjtGetChild(i));
            }
        }
        return names;
    }

    /** Whether a printed reference is written raw by its name alone: a simple reference named …Html, body, head, xHtmlContent. */
    public static boolean rawByReferenceName(String reference) {
        if (reference.indexOf('.') >= 0) {
            return false; // only a scalar reference is judged by its name (velocity-htmlsafe's RawVelocityReference)
        }
        String base = reference.replaceAll("[!${}]", "");
        return endsWithHtml(base) || RAW_REFERENCE_NAMES.contains(base);
    }

    /** Whether a method's result is HtmlSafe by its name: …Html (any case), render…, getRender…. */
    public static boolean htmlSafeMethodName(String methodName) {
        return endsWithHtml(methodName) || methodName.startsWith("render") || methodName.startsWith("getRender");
    }

    private static boolean endsWithHtml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("html");
    }

    /** Whether {@code type} or a supertype declares a method {@code name} annotated {@code @HtmlSafe} (either package's). */
    static boolean annotatedHtmlSafe(Class<?> type, String name) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        todo.push(type);
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!seen.add(c)) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && htmlSafeAnnotated(m)) {
                    return true;
                }
            }
            if (c.getSuperclass() != null) {
                todo.push(c.getSuperclass());
            }
            for (Class<?> i : c.getInterfaces()) {
                todo.push(i);
            }
        }
        return false;
    }

    private static boolean htmlSafeAnnotated(Method m) {
        for (java.lang.annotation.Annotation a : m.getAnnotations()) {
            if (a.annotationType().getSimpleName().equals("HtmlSafe")) {
                return true;
            }
        }
        return false;
    }

    /** HTML-encodes as velocity-htmlsafe's HtmlEntities does. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The reference-insertion rule of velocity-htmlsafe's HtmlAnnotationEscaper, on when the template escapes. */
    private record Escaper(boolean escaping) implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(String reference, Object value) {
            if (!escaping || value == null || rawByReferenceName(reference) || HTML_SAFE.get().containsKey(value)
                    || annotatedHtmlSafe(value.getClass(), "toString")) {
                return value;
            }
            return escape(value.toString());
        }
    }

    /**
     * Marks what an HtmlSafe method returns, and the elements of a collection it returns, as the engines' annotation
     * boxing does (HtmlSafe is {@code @CollectionInheritable}).
     */
    /**
     * Jira 11 lets a template call a method of an app's class only when the app's {@code velocity-allowlist} names
     * it ({@code Class#method(parameter types)}); otherwise the call is refused and the template prints nothing in
     * its place. The harness fails instead, so a missing entry shows in a test, not on an admin's page.
     */
    static void requireAllowListed(Class<?> type, String methodName, int arity, Info info) {
        if (!APP_CLASSES.equals(type.getProtectionDomain().getCodeSource())) {
            return; // the JDK's and Jira's own types are on Jira's default list; tests' doubles stand for Jira's
        }
        for (Method m : type.getMethods()) {
            if (m.getName().equals(methodName) && m.getParameterCount() == arity) {
                StringBuilder entry = new StringBuilder(m.getDeclaringClass().getName()).append('#').append(methodName)
                        .append('(');
                for (int i = 0; i < arity; i++) {
                    entry.append(i == 0 ? "" : ",").append(m.getParameterTypes()[i].getName());
                }
                entry.append(')');
                if (!ALLOW_LIST.contains(entry.toString())) {
                    throw new AssertionError(info + ": " + entry + " is not in the descriptor's velocity-allowlist;"
                            + " Jira 11 would refuse the call");
                }
                return;
            }
        }
    }

    private static final java.security.CodeSource APP_CLASSES =
            io.retentiondesk.core.RetentionEngine.class.getProtectionDomain().getCodeSource();

    /** Every {@code <method>} of every {@code velocity-allowlist} in the app's descriptor. */
    static final Set<String> ALLOW_LIST = allowList();

    private static Set<String> allowList() {
        try {
            org.w3c.dom.Document d = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(io.retentiondesk.testing.AppDescriptor.path().toFile());
            Set<String> out = new HashSet<>();
            org.w3c.dom.NodeList methods = d.getElementsByTagName("method");
            for (int i = 0; i < methods.getLength(); i++) {
                org.w3c.dom.Node m = methods.item(i);
                if ("velocity-allowlist".equals(m.getParentNode().getNodeName())) {
                    out.add(m.getTextContent().trim());
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the descriptor's velocity-allowlist", e);
        }
    }

    public static final class HtmlSafeUberspect extends UberspectImpl {
        @Override
        public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
            VelMethod method = super.getMethod(obj, methodName, args, info);
            if (method == null) {
                return null;
            }
            requireAllowListed(obj.getClass(), methodName, args.length, info);
            boolean safe = htmlSafeMethodName(methodName) || annotatedHtmlSafe(obj.getClass(), methodName);
            return new VelMethod() {
                @Override
                public Object invoke(Object o, Object[] params) throws Exception {
                    return mark(method.invoke(o, params), safe);
                }

                @Override
                public boolean isCacheable() {
                    return method.isCacheable();
                }

                @Override
                public String getMethodName() {
                    return method.getMethodName();
                }

                @Override
                public Class getReturnType() {
                    return method.getReturnType();
                }
            };
        }

        @Override
        public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
            VelPropertyGet get = super.getPropertyGet(obj, identifier, info);
            if (get == null) {
                return null;
            }
            if (!(obj instanceof Map)) {
                requireAllowListed(obj.getClass(), get.getMethodName(), 0, info);
            }
            String name = get.getMethodName(); // getX / isX / x, or a Map's get (judged as "get", as the engines do)
            boolean safe = htmlSafeMethodName(name) || annotatedHtmlSafe(obj.getClass(), name);
            return new VelPropertyGet() {
                @Override
                public Object invoke(Object o) throws Exception {
                    return mark(get.invoke(o), safe);
                }

                @Override
                public boolean isCacheable() {
                    return get.isCacheable();
                }

                @Override
                public String getMethodName() {
                    return get.getMethodName();
                }
            };
        }

        @Override
        public Iterator getIterator(Object obj, Info info) throws Exception {
            Iterator<?> it = super.getIterator(obj, info);
            Map<Object, Boolean> safe = HTML_SAFE.get();
            if (it == null || safe == null || !safe.containsKey(obj)) {
                return it;
            }
            return new Iterator<Object>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Object next() {
                    return mark(it.next(), true);
                }
            };
        }

        private static Object mark(Object value, boolean safe) {
            Map<Object, Boolean> marked = HTML_SAFE.get();
            if (safe && value != null && marked != null) {
                marked.put(value, Boolean.TRUE);
            }
            return value;
        }
    }

    /** {@code #enable_html_escaping()}: prints nothing; its presence is what counts. */
    public static final class EnableHtmlEscaping extends NoOutputDirective {
        @Override
        public String getName() {
            return "enable_html_escaping";
        }
    }

    /** {@code #disable_html_escaping()}: prints nothing; its presence is what counts. */
    public static final class DisableHtmlEscaping extends NoOutputDirective {
        @Override
        public String getName() {
            return "disable_html_escaping";
        }
    }

    private abstract static class NoOutputDirective extends Directive {
        @Override
        public int getType() {
            return DirectiveConstants.LINE;
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) {
            return true;
        }
    }
}

package io.retentiondesk.plugin;

import org.apache.velocity.runtime.parser.node.ASTBlock;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTSetDirective;
import org.apache.velocity.runtime.parser.node.ASTprocess;
import org.apache.velocity.runtime.parser.node.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a template reads and prints, from its syntax tree: the context keys it uses, and the printed references an
 * engine writes raw because of a name (a key {@code …Html}, a method {@code …Html()} or {@code render…()}, or a loop
 * or {@code #set} variable bound to such a method's result).
 */
public final class TemplateReferences {
    /** Put in every context by the engine or the harness, not by the app. */
    private static final Set<String> ENGINE_KEYS = Set.of("i18n", "webResourceManager", "velocityCount");

    private final Set<String> contextKeys = new TreeSet<>();
    private final Set<String> rawPrinted = new LinkedHashSet<>();

    private TemplateReferences() {
    }

    public static TemplateReferences of(String location) {
        return of(location, JiraVelocity.template(location));
    }

    static TemplateReferences of(String name, String template) {
        TemplateReferences refs = new TemplateReferences();
        Node tree = JiraVelocity.parse(name, template);
        Set<String> bound = new LinkedHashSet<>();
        Map<String, Boolean> boundToHtmlSafe = new HashMap<>();
        bindings(tree, bound, boundToHtmlSafe);
        List<ASTReference> all = new ArrayList<>();
        collect(tree, all);
        for (ASTReference r : all) {
            List<String> segments = segments(r.literal());
            if (!bound.contains(segments.get(0)) && !ENGINE_KEYS.contains(segments.get(0))) {
                refs.contextKeys.add(segments.get(0));
            }
            boolean printed = r.jjtGetParent() instanceof ASTprocess || r.jjtGetParent() instanceof ASTBlock;
            if (printed && (JiraVelocity.rawByReferenceName(r.literal()) || htmlSafeCall(segments)
                    || segments.size() == 1 && boundToHtmlSafe.getOrDefault(segments.get(0), false))) {
                refs.rawPrinted.add(segments.get(0));
            }
        }
        return refs;
    }

    /** The context keys the template reads (not loop or #set variables, not the engine's own objects). */
    public Set<String> contextKeys() {
        return contextKeys;
    }

    /** The names (root of the reference) the template prints raw because of a name, whatever their value. */
    public Set<String> rawPrinted() {
        return rawPrinted;
    }

    /** {@code #foreach ($x in …)} and {@code #set ($x = …)} variables, and whether each holds an HtmlSafe result. */
    private static void bindings(Node n, Set<String> bound, Map<String, Boolean> htmlSafe) {
        if (n instanceof ASTDirective d && d.getDirectiveName().equals("foreach") && n.jjtGetNumChildren() >= 3) {
            String variable = segments(((ASTReference) n.jjtGetChild(0)).literal()).get(0);
            bound.add(variable);
            Node items = n.jjtGetChild(2);
            htmlSafe.merge(variable, items instanceof ASTReference r && htmlSafeCall(segments(r.literal())), Boolean::logicalOr);
        }
        if (n instanceof ASTSetDirective && n.jjtGetChild(0) instanceof ASTReference left) {
            String variable = segments(left.literal()).get(0);
            bound.add(variable);
            Node right = n.jjtGetChild(1).jjtGetNumChildren() > 0 ? n.jjtGetChild(1).jjtGetChild(0) : null;
            boolean safe = right instanceof ASTReference r
                    && (htmlSafeCall(segments(r.literal())) || JiraVelocity.rawByReferenceName(r.literal()));
            htmlSafe.merge(variable, safe, Boolean::logicalOr);
        }
        for (int i = 0; i < n.jjtGetNumChildren(); i++) {
            bindings(n.jjtGetChild(i), bound, htmlSafe);
        }
    }

    private static void collect(Node n, List<ASTReference> out) {
        if (n instanceof ASTReference r) {
            out.add(r);
        }
        for (int i = 0; i < n.jjtGetNumChildren(); i++) {
            collect(n.jjtGetChild(i), out);
        }
    }

    /** Whether the reference's last call is HtmlSafe by its name ({@code $a.bHtml()}, {@code $a.renderB}, …). */
    private static boolean htmlSafeCall(List<String> segments) {
        if (segments.size() < 2) {
            return false;
        }
        String last = segments.get(segments.size() - 1);
        boolean method = last.endsWith(")");
        String name = method ? last.substring(0, last.indexOf('(')) : last;
        if (method) {
            return JiraVelocity.htmlSafeMethodName(name);
        }
        String capitalised = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return JiraVelocity.htmlSafeMethodName(name) || JiraVelocity.htmlSafeMethodName("get" + capitalised);
    }

    /** {@code $!{a.b("x.y").c}} → [a, b("x.y"), c]: split at dots outside parentheses and quotes. */
    static List<String> segments(String literal) {
        String s = literal.replaceFirst("^\\$!?", "");
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder current = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                out.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        out.add(current.toString());
        return out;
    }
}

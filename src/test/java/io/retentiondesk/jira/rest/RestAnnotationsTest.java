package io.retentiondesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST v2 access annotations say what each method's own check says (RestAccess.refuseUnlessAdmin or
 * refuseAnonymous, exercised by RestResourcesTest): Jira refuses first, the code refuses again. A method without
 * either annotation, or with the lenient one where the code checks for an administrator, fails here.
 */
class RestAnnotationsTest {
    private static final List<Class<?>> RESOURCES = List.of(PolicyResource.class, CustomerResource.class,
            ValueResource.class, RatesResource.class, RiskQueueResource.class, WorkResource.class, SetupResource.class,
            CalibrationResource.class);
    /** Methods whose code refuses anyone but a Jira administrator. */
    private static final Set<String> ADMIN = Set.of("PolicyResource.get", "PolicyResource.put",
            "CustomerResource.churned", "CustomerResource.unworthy", "ValueResource.importCsv",
            "ValueResource.importJson", "WorkResource.get", "WorkResource.start", "SetupResource.get",
            "CalibrationResource.get", "CalibrationResource.start");

    @Test
    void everyRestMethodCarriesTheAccessAnnotationOfItsOwnCheck() {
        Map<String, String> found = new TreeMap<>();
        for (Class<?> resource : RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                if (m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class)) {
                    found.put(resource.getSimpleName() + "." + m.getName(), effective(resource, m));
                }
            }
        }
        assertThat(found).hasSize(14);
        found.forEach((method, access) -> assertThat(access).as(method)
                .isEqualTo(ADMIN.contains(method) ? "admin" : "licensed"));
    }

    /**
     * The same, read from the code rather than from a list: the RestAccess check each method's own bytecode calls
     * decides the annotation it must carry (refuseUnlessAdmin → @AdminOnly, refuseAnonymous → @LicensedOnly), over
     * every {@code @Path} class of the package, so a new resource or a check changed in code without its annotation
     * fails here.
     */
    @Test
    void theAnnotationOfEveryRestMethodFollowsTheAccessCheckItsCodeCalls() {
        JavaClasses rest = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.retentiondesk.jira.rest");
        Map<String, String> byCode = new TreeMap<>();
        Map<String, String> byAnnotation = new TreeMap<>();
        for (JavaClass resource : rest) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            for (JavaMethod m : resource.getMethods()) {
                if (!(m.isAnnotatedWith(GET.class) || m.isAnnotatedWith(POST.class) || m.isAnnotatedWith(PUT.class)
                        || m.isAnnotatedWith(DELETE.class))) {
                    continue;
                }
                String name = resource.getSimpleName() + "." + m.getName();
                Set<String> checks = accessChecksCalledBy(m, new java.util.HashSet<>());
                byCode.put(name, checks.contains("refuseUnlessAdmin") ? "admin"
                        : checks.contains("refuseAnonymous") ? "licensed" : "no check in code");
                byAnnotation.put(name, effective(resource.reflect(), m.reflect()));
            }
        }
        assertThat(rest.stream().filter(c -> c.isAnnotatedWith(Path.class)).map(JavaClass::reflect)
                .collect(Collectors.toSet())).as("every resource of the package").containsExactlyInAnyOrderElementsOf(RESOURCES);
        assertThat(byCode).hasSize(14).doesNotContainValue("no check in code");
        assertThat(byAnnotation).isEqualTo(byCode);
    }

    /** The RestAccess refusals a method calls, itself or through a helper of its own class (ValueResource.run). */
    private static Set<String> accessChecksCalledBy(JavaMethod m, Set<JavaMethod> seen) {
        Set<String> checks = new java.util.TreeSet<>();
        if (!seen.add(m)) {
            return checks;
        }
        for (var call : m.getMethodCallsFromSelf()) {
            if (call.getTargetOwner().isEquivalentTo(RestAccess.class) && call.getName().startsWith("refuse")) {
                checks.add(call.getName());
            } else if (call.getTargetOwner().equals(m.getOwner())) {
                call.getTarget().resolveMember().ifPresent(target -> checks.addAll(accessChecksCalledBy(target, seen)));
            }
        }
        return checks;
    }

    private static String effective(Class<?> resource, Method m) {
        if (m.isAnnotationPresent(AdminOnly.class)) {
            return "admin";
        }
        if (m.isAnnotationPresent(LicensedOnly.class)) {
            return "licensed";
        }
        if (resource.isAnnotationPresent(AdminOnly.class)) {
            return "admin";
        }
        return resource.isAnnotationPresent(LicensedOnly.class) ? "licensed" : "none";
    }
}

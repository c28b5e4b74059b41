package io.retentiondesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST v2 access annotations say what each method's own check says (RestAccess.refuseUnlessAdmin or
 * refuseAnonymous, exercised by RestResourcesTest): Jira refuses first, the code refuses again. A method without
 * either annotation, or with the lenient one where the code checks for an administrator, fails here.
 */
class RestAnnotationsTest {
    private static final List<Class<?>> RESOURCES = List.of(PolicyResource.class, CustomerResource.class,
            ValueResource.class, RatesResource.class, RiskQueueResource.class, WorkResource.class);
    /** Methods whose code refuses anyone but a Jira administrator. */
    private static final Set<String> ADMIN = Set.of("PolicyResource.get", "PolicyResource.put",
            "CustomerResource.churned", "CustomerResource.unworthy", "ValueResource.importCsv",
            "ValueResource.importJson", "WorkResource.get", "WorkResource.start");

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
        assertThat(found).hasSize(11);
        found.forEach((method, access) -> assertThat(access).as(method)
                .isEqualTo(ADMIN.contains(method) ? "admin" : "licensed"));
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

package it.io.retentiondesk;

import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * Every REST endpoint over real HTTP, as Jira's administrator, as a service desk agent who is no administrator and
 * anonymously. Nothing here changes data: the policy is put back as it was, values are only previewed.
 */
@RunWith(AtlassianPluginsTestRunner.class)
public class RestWiredTest {
    private final AppRest rest;
    private final JiraUsers users;

    public RestWiredTest(AppRest rest, JiraUsers users) {
        this.rest = rest;
        this.users = users;
    }

    /** One call and the status an administrator, an agent and an anonymous caller get. */
    private record Call(String method, String path, String body, int admin, int agent, int anonymous) {
    }

    @Test
    public void eachEndpointAnswersAnAdminAndAnAgentAsItsAccessSays() throws Exception {
        users.agent();
        String policy = rest.policy();
        List<Call> calls = List.of(
                new Call("GET", "/policy", null, 200, 403, 401),
                new Call("PUT", "/policy", policy, 200, 403, 401),
                new Call("GET", "/work", null, 200, 403, 401),
                new Call("POST", "/values?preview=true",
                        "[{\"customer\": \"Wired Test Co\", \"annual_value\": 1200, \"potential\": 70}]",
                        200, 403, 401),
                new Call("GET", "/rates?from=2026-01&to=2026-02", null, 200, 200, 401),
                new Call("GET", "/risk-queue?band=HIGH", null, 200, 200, 401),
                new Call("GET", "/customers/nobody-the-wired-tests-know", null, 404, 404, 401));
        for (Call call : calls) {
            assertStatus(call, JiraUsers.ADMIN, call.admin());
            assertStatus(call, JiraUsers.AGENT, call.agent());
            assertStatus(call, null, call.anonymous());
        }
    }

    private void assertStatus(Call call, AppRest.Login login, int expected) throws Exception {
        AppRest.Reply reply = rest.call(call.method(), call.path(), login, "application/json", call.body());
        assertEquals(call.method() + " " + call.path() + " as " + (login == null ? "anonymous" : login.username())
                + ": " + reply.body(), expected, reply.status());
    }
}

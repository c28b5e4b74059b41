package it.io.retentiondesk;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

import static org.junit.Assert.assertEquals;

/**
 * The app's REST resources over real HTTP, with basic authentication (AMPS starts Jira with
 * {@code -Dcom.atlassian.plugins.authentication.basicauth.block.requests=false}). A component of the test plugin.
 */
public class AppRest {
    /** Who calls; {@code null} for an anonymous call. */
    public record Login(String username, String password) {
    }

    public record Reply(int status, String body) {
    }

    private final ApplicationProperties application;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    public AppRest(ApplicationProperties application) {
        this.application = Objects.requireNonNull(application);
    }

    /** {@code path} below {@code /rest/retention/1.0}; {@code body} JSON unless {@code contentType} says otherwise. */
    public Reply call(String method, String path, Login login, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(application.getBaseUrl(UrlMode.CANONICAL) + "/rest/retention/1.0" + path))
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body());
    }

    /** The policy document in use ({@code GET /policy} as the administrator). */
    public String policy() throws Exception {
        Reply reply = call("GET", "/policy", JiraUsers.ADMIN, null, null);
        assertEquals(reply.body(), 200, reply.status());
        return WiredPolicy.documentOf(reply.body());
    }

    /** Stores a policy document ({@code PUT /policy} as the administrator). */
    public void putPolicy(String document) throws Exception {
        Reply reply = call("PUT", "/policy", JiraUsers.ADMIN, "application/json", document);
        assertEquals(reply.body(), 200, reply.status());
    }
}

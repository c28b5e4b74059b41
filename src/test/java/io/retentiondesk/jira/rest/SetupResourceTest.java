package io.retentiondesk.jira.rest;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.jira.setup.FixedPart;
import io.retentiondesk.jira.setup.JiraScreens;
import io.retentiondesk.jira.setup.SetupCheck;
import io.retentiondesk.jira.setup.SetupLine;
import io.retentiondesk.jira.setup.SetupState;
import io.retentiondesk.testing.Bundle;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** {@code GET /setup}: Jira administrators only, the same lines as the page, worded and with their screens. */
class SetupResourceTest {
    private static final UserKey ADMIN = new UserKey("JIRAUSER1");
    private static final UserKey AGENT = new UserKey("JIRAUSER2");
    private final UserManager users = mock(UserManager.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final FixedPart part = new FixedPart(40,
            new SetupLine("retention.setup.job.title", SetupState.NOT_SCHEDULED, "retention.setup.job.notScheduled", List.of(),
                    JiraScreens.MANAGE_APPS),
            new SetupLine("retention.setup.runas.title", SetupState.INFO, "retention.setup.runas.current",
                    List.of("Retention <bot>", "bot"), null));
    private final SetupResource resource = new SetupResource(new RestAccess(users), new SetupCheck(List.of(part)),
            Bundle.of(Locale.ENGLISH).resolver(), application);

    @BeforeEach
    void wire() {
        when(users.isAdmin(ADMIN)).thenReturn(true);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com");
    }

    @Test
    void anonymousIs401AndANonAdmin403AndNoPartIsAsked() {
        when(users.getRemoteUserKey()).thenReturn(null);
        assertThat(resource.get().getStatus()).isEqualTo(401);
        when(users.getRemoteUserKey()).thenReturn(AGENT);
        Response refused = resource.get();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(json(refused).get("message").getAsString()).isEqualTo("Jira administrators only");
        assertThat(part.asked()).isZero();
    }

    @Test
    void anAdminGetsEveryLineWordedWithItsStateKeysArgumentsAndScreen() {
        when(users.getRemoteUserKey()).thenReturn(ADMIN);
        Response r = resource.get();
        assertThat(r.getStatus()).isEqualTo(200);
        JsonObject body = json(r);
        assertThat(body.get("attention").getAsInt()).isEqualTo(1);
        JsonArray lines = body.getAsJsonArray("lines");
        assertThat(lines).hasSize(2);
        JsonObject job = lines.get(0).getAsJsonObject();
        assertThat(job.get("title").getAsString()).isEqualTo("Nightly job");
        assertThat(job.get("state").getAsString()).isEqualTo("NOT_SCHEDULED");
        assertThat(job.get("message").getAsString()).startsWith("Not on Jira's scheduler:");
        assertThat(job.get("fixPath").getAsString()).isEqualTo("/plugins/servlet/upm/manage/user-installed");
        assertThat(job.get("fixUrl").getAsString()).isEqualTo("https://jira.example.com/plugins/servlet/upm/manage/user-installed");
        JsonObject runAs = lines.get(1).getAsJsonObject();
        assertThat(runAs.get("message").getAsString()).isEqualTo("Retention <bot> (bot).");
        assertThat(runAs.get("messageKey").getAsString()).isEqualTo("retention.setup.runas.current");
        assertThat(runAs.getAsJsonArray("arguments").get(0).getAsString()).isEqualTo("Retention <bot>");
        assertThat(runAs.get("fixUrl")).isNull();
        assertThat(r.getMediaType().toString()).isEqualTo("application/json");
    }

    private static JsonObject json(Response r) {
        return JsonParser.parseString((String) r.getEntity()).getAsJsonObject();
    }
}

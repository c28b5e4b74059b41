package io.retentiondesk.report.input;

import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackFileReaderTest {
    @Test
    void readsAttemptsByTicketAndSkipsBadRows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("callbacks.csv");
        Files.writeString(file, "ticket,attempted_at,outcome,rating,note\n"
                + "sup-1,2026-01-02T10:00:00Z,UNREACHABLE,,\"no answer, left a message\"\n"
                + "SUP-1,2026-01-03T10:00:00Z,satisfied,5,\"said \"\"thanks\"\"\"\n"
                + "SUP-2,2026-01-03T10:00:00Z,MAYBE,,\n"
                + "SUP-3,2026-01-03T10:00:00Z,SATISFIED,9,\n", StandardCharsets.UTF_8);
        List<Skipped> skipped = new ArrayList<>();
        Map<String, List<CallbackAttempt>> attempts = new CallbackFileReader().read(file, skipped::add);
        assertThat(attempts.keySet()).containsExactly("SUP-1");
        assertThat(attempts.get("SUP-1")).extracting(CallbackAttempt::outcome)
                .containsExactly(CallbackOutcome.UNREACHABLE, CallbackOutcome.SATISFIED);
        assertThat(attempts.get("SUP-1").get(1).note()).isEqualTo("said \"thanks\"");
        assertThat(skipped).extracting(Skipped::position).containsExactly("callbacks.csv:4", "callbacks.csv:5");
        assertThat(skipped.get(0).reason()).startsWith("outcome: expected SATISFIED, STILL_DISSATISFIED or UNREACHABLE");
        assertThat(skipped.get(1).reason()).isEqualTo("rating: expected a rating 1 to 5, got \"9\"");
    }
}

package io.retentiondesk.report.input;

import io.retentiondesk.core.ticket.Ticket;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class NavigatorCsvReaderTest {
    /** No licence is stated for this real export, so it is not copied into the repository. */
    private static final Path SHARED_CSV = Path.of("..", "shared", "data", "jira", "jsm-it-helpdesk-simulation-export-es.csv");

    @Test
    void readsTheRealSpanishJsmExport() throws IOException {
        Assumptions.assumeTrue(Files.exists(SHARED_CSV),
                "skipped: ../shared/data/jira/jsm-it-helpdesk-simulation-export-es.csv is absent (no licence to copy it)");
        io.retentiondesk.testing.CollectingSink c = new io.retentiondesk.testing.CollectingSink();
        new NavigatorCsvReader().read(SHARED_CSV, c);
        assertThat(c.skipped).isEmpty();
        assertThat(c.tickets).extracting(Ticket::key).containsExactly("IHS-5", "IHS-4", "IHS-3");
        Ticket t = c.tickets.get(0);
        assertThat(t.summary()).isEqualTo("Account locked after multiple failed login attempts");
        assertThat(t.created()).isEqualTo(Instant.parse("2026-07-18T09:10:00Z"));
        assertThat(t.priorityName()).isEqualTo("Medium");
        assertThat(t.reporter().emailAddress()).isEqualTo("maria.gomez@ithelpdesk-demo.com");
        assertThat(t.comments()).hasSize(2);
        assertThat(t.comments().get(0).created()).isEqualTo(Instant.parse("2026-07-18T10:52:00Z"));
        assertThat(t.comments().get(1).body()).startsWith("Hi Maria");
        assertThat(t.resolved()).isNull(); // "Resuelta" is empty in this export
    }

    @Test
    void brokenQuoteIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "Issue key,Summary,Created\n"
                + "SUP-1,Fine,05/Jan/26 9:00 AM\n"
                + "SUP-2,\"Broken quote,05/Jan/26 9:00 AM\n", StandardCharsets.UTF_8);
        io.retentiondesk.testing.CollectingSink c = new io.retentiondesk.testing.CollectingSink();
        new NavigatorCsvReader().read(file, c);
        assertThat(c.tickets).extracting(Ticket::key).containsExactly("SUP-1");
        assertThat(c.positions).containsExactly("export.csv:2");
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.position()).isEqualTo("export.csv:3");
            assertThat(s.reason()).startsWith("malformed CSV");
        });
    }

    @Test
    void badRatingAndDateAreSkippedWithTheirFieldAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "Issue key,Created,Satisfaction rating,Comment\n"
                + "SUP-1,05/Jan/26 9:00 AM,7,\n"
                + "SUP-2,yesterday,,\n"
                + "SUP-3,05/Jan/26 9:00 AM,5,\"05/Jan/26 10:00 AM;agent1;multi\nline body\"\n"
                + "SUP-4,06/Jan/26 9:00 AM,,\n", StandardCharsets.UTF_8);
        io.retentiondesk.testing.CollectingSink c = new io.retentiondesk.testing.CollectingSink();
        new NavigatorCsvReader().read(file, c);
        assertThat(c.tickets).extracting(Ticket::key).containsExactly("SUP-3", "SUP-4");
        assertThat(c.positions).containsExactly("export.csv:4", "export.csv:6");
        assertThat(c.skipped).extracting(Skipped::position).containsExactly("export.csv:2", "export.csv:3");
        assertThat(c.skipped.get(0).reason()).isEqualTo("Satisfaction rating: expected a rating 1 to 5, got \"7\"");
        assertThat(c.skipped.get(1).reason()).startsWith("Created: expected a date");
    }

    @Test
    void aByteOrderMarkAtTheStartOfACsvIsReadLikeJson(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("excel.csv");
        Files.writeString(file, "\uFEFFIssue key,Created\nSUP-1,05/Jan/26 9:00 AM\n", StandardCharsets.UTF_8);
        io.retentiondesk.testing.CollectingSink c = new io.retentiondesk.testing.CollectingSink();
        new NavigatorCsvReader().read(file, c);
        assertThat(c.skipped).isEmpty();
        assertThat(c.tickets).extracting(Ticket::key).containsExactly("SUP-1");
    }

    @Test
    void aTicketResolvedTenYearsBeforeItWasCreatedIsSkippedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "Issue key,Created,Resolved\nSUP-1,05/Jan/26 9:00 AM,05/Jan/16 9:00 AM\n"
                + "SUP-2,30/Feb/26 9:00 AM,\n", StandardCharsets.UTF_8);
        io.retentiondesk.testing.CollectingSink c = new io.retentiondesk.testing.CollectingSink();
        new NavigatorCsvReader().read(file, c);
        assertThat(c.tickets).isEmpty();
        assertThat(c.skipped).extracting(Skipped::position).containsExactly("export.csv:2", "export.csv:3");
        assertThat(c.skipped.get(0).reason()).startsWith("Resolved: expected a date at or after");
        assertThat(c.skipped.get(1).reason()).startsWith("Created: expected a date");
    }
}

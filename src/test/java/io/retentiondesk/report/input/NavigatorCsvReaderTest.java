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

    /**
     * An English "all fields" export: repeated columns (labels, components, organizations, comments) each give a
     * value, custom fields are found inside "Custom field (…)", participants split on commas, a comment body keeps
     * its semicolons and an empty author is anonymous, a rating of 5 is read and 6 skipped with its line.
     */
    @Test
    void anAllFieldsExportGivesRepeatedColumnsCustomFieldsAndCommentsTheirValues(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("all-fields.csv");
        Files.writeString(file, "Issue key,Summary,Created,Resolved,Resolution,Reporter,Reporter Id,Labels,Labels,"
                + "Component/s,Component/s,Custom field (Organizations),Custom field (Request participants),"
                + "Custom field (Satisfaction),Comment,Comment,Custom field (Callback status),Custom field (Callback due)\n"
                + "SUP-1,Slow VPN,05/Jan/26 9:00 AM,06/Jan/26 9:00 AM,Done,ann@acme.example,u-ann,vpn,,network,email,"
                + "Acme,\"bob, carol ,\",5,\"05/Jan/26 10:00 AM;u-agent;Try this; then that\","
                + "\"05/Jan/26 11:00 AM; ;Thanks\",PENDING,07/Jan/26 9:00 AM\n"
                + "SUP-2,Rated six,05/Jan/26 9:00 AM,,,,,,,,,,,6,,,,\n", StandardCharsets.UTF_8);
        io.retentiondesk.testing.CollectingSink c = new io.retentiondesk.testing.CollectingSink();
        new NavigatorCsvReader().read(file, c);
        assertThat(c.tickets).extracting(Ticket::key).containsExactly("SUP-1");
        Ticket t = c.tickets.get(0);
        assertThat(t.reporter().emailAddress()).isEqualTo("ann@acme.example");
        assertThat(t.reporter().accountId()).isEqualTo("u-ann");
        assertThat(t.resolutionName()).isEqualTo("Done");
        assertThat(t.resolved()).isEqualTo(Instant.parse("2026-01-06T09:00:00Z"));
        assertThat(t.labels()).containsExactly("vpn");
        assertThat(t.components()).containsExactly("network", "email");
        assertThat(t.organizations()).containsExactly("Acme");
        assertThat(t.participants()).extracting(io.retentiondesk.core.ticket.Person::displayName)
                .containsExactly("bob", "carol");
        assertThat(t.rating()).isEqualTo(5);
        assertThat(t.comments()).hasSize(2);
        assertThat(t.comments().get(0).body()).isEqualTo("Try this; then that");
        assertThat(t.comments().get(0).author().accountId()).isEqualTo("u-agent");
        assertThat(t.comments().get(1).author()).isNull();
        assertThat(t.appCallback().status()).isEqualTo("PENDING");
        assertThat(t.appCallback().due()).isEqualTo(Instant.parse("2026-01-07T09:00:00Z"));
        assertThat(c.skipped).singleElement().satisfies(sk -> {
            assertThat(sk.position()).isEqualTo("all-fields.csv:3");
            assertThat(sk.reason()).isEqualTo("Satisfaction rating: expected a rating 1 to 5, got \"6\"");
        });
    }

    @Test
    void aCommentWithoutDateAuthorAndBodyIsSkippedNamingItsNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, "Issue key,Created,Comment,Comment\n"
                + "SUP-1,05/Jan/26 9:00 AM,05/Jan/26 10:00 AM;u-agent;ok,just text\n", StandardCharsets.UTF_8);
        io.retentiondesk.testing.CollectingSink c = new io.retentiondesk.testing.CollectingSink();
        new NavigatorCsvReader().read(file, c);
        assertThat(c.tickets).isEmpty();
        assertThat(c.skipped).singleElement().satisfies(sk ->
                assertThat(sk.reason()).isEqualTo("Comment 2: expected date;author;body, got \"just text\""));
    }
}

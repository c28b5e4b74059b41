package io.retentiondesk.jira.bridge;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.ticket.SlaCycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JsmServiceFieldsTest {
    private final Issue issue = mock(Issue.class);

    MockJsm jsm() {
        when(issue.getId()).thenReturn(10042L);
        return new MockJsm();
    }

    @Test
    void readsTheRequestTypeOfTheIssueOverridingSecurity() {
        MockJsm jsm = jsm().requestType("Billing question");
        assertThat(jsm.on(issue).requestType(issue)).isEqualTo("Billing question");
        verify(jsm.requestTypeQuery).issue(10042L);
        verify(jsm.requestTypeQuery).requestOverrideSecurity(Boolean.TRUE);
        verify(jsm.requestTypes).getRequestTypes(isNull(), any());
    }

    @Test
    void issueOutsideAServiceProjectHasNoJsmValues() {
        JsmServiceFields fields = jsm().on(issue);
        assertThat(fields.requestType(issue)).isNull();
        assertThat(fields.organizations(issue)).isEmpty();
        assertThat(fields.participants(issue)).isEmpty();
        assertThat(fields.rating(issue)).isNull();
        assertThat(fields.slaCycles(issue)).isEmpty();
    }

    @Test
    void organizationsAndParticipantsComeFromTheirFieldsInOrder() {
        ApplicationUser bo = mock(ApplicationUser.class);
        when(bo.getUsername()).thenReturn("bo");
        when(bo.getKey()).thenReturn("JIRAUSER2");
        JsmServiceFields fields = jsm().organizations("Acme Ltd", "Acme Shipping")
                .field(JsmServiceFields.PARTICIPANTS, List.of(bo, "not a user")).on(issue);
        assertThat(fields.organizations(issue)).containsExactly("Acme Ltd", "Acme Shipping");
        assertThat(fields.participants(issue)).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("bo"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "4 | 4",
            "{rating=2} | 2",
            "Rating: 5 of 5 | none",   // two digits: which one is the rating is not knowable
            "7 | none",
            "12 | none",
            "no rating | none"})
    void ratingIsTheSingleDigitOneToFiveTheValueShows(String shown, Integer expected) {
        Object value = new Object() {
            @Override
            public String toString() {
                return shown;
            }
        };
        JsmFields.Rating r = jsm().field(JsmServiceFields.SATISFACTION, value).on(issue).rating(issue);
        assertThat(r == null ? null : r.value()).isEqualTo(expected);
    }

    @Test
    void numericRatingAndItsDate() {
        Timestamp at = Timestamp.from(Instant.parse("2026-06-03T12:00:00Z"));
        JsmFields.Rating r = jsm().field(JsmServiceFields.SATISFACTION, 3)
                .field(JsmServiceFields.SATISFACTION_DATE, at).on(issue).rating(issue);
        assertThat(r).isEqualTo(new JsmFields.Rating(3, Instant.parse("2026-06-03T12:00:00Z")));
    }

    @Test
    void slaCyclesAsTheLoggedInUserCompletedThenOngoing() {
        Instant stop = Instant.parse("2026-06-01T12:00:00Z");
        MockJsm jsm = jsm().completedSla("Time to first response", stop, true)
                .ongoingSla("Time to resolution", false);
        List<SlaCycle> cycles = jsm.on(issue).slaCycles(issue);
        assertThat(cycles).containsExactly(new SlaCycle("Time to first response", stop, true),
                new SlaCycle("Time to resolution", null, false));
        verify(jsm.slaQuery).issue(10042L);
        verify(jsm.slas).getInfo(org.mockito.ArgumentMatchers.eq(jsm.agent), any());
    }
}

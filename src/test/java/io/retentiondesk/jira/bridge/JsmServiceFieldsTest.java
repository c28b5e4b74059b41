package io.retentiondesk.jira.bridge;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import io.retentiondesk.core.policy.ExportField;
import io.retentiondesk.core.ticket.SlaCycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.event.Level;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JsmServiceFieldsTest {
    private final Issue issue = issue("SUP-7", 10042L, 10000L, "10100");

    private static Issue issue(String key, long id, long projectId, String issueTypeId) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getId()).thenReturn(id);
        when(issue.getProjectId()).thenReturn(projectId);
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(issueTypeId);
        when(issue.getIssueType()).thenReturn(type);
        return issue;
    }

    @Test
    void readsTheRequestTypeOfTheIssueOverridingSecurity() {
        MockJsm jsm = new MockJsm().requestType("Billing question");
        assertThat(jsm.on(issue).requestType(issue)).isEqualTo("Billing question");
        verify(jsm.requestTypeQuery).issue(10042L);
        verify(jsm.requestTypeQuery).requestOverrideSecurity(Boolean.TRUE);
        verify(jsm.requestTypes).getRequestTypes(isNull(), any());
    }

    @Test
    void issueOutsideAServiceProjectHasNoJsmValuesAndSaysSoOnce() {
        MockJsm jsm = new MockJsm().plainField("customfield_9", "Satisfaction", "5");
        JsmServiceFields fields = jsm.on(issue);
        assertThat(fields.requestType(issue)).isNull();
        assertThat(fields.organizations(issue)).isEmpty();
        assertThat(fields.participants(issue)).isEmpty();
        assertThat(fields.rating(issue)).as("a plain field named Satisfaction is not JSM's").isEqualTo(JsmFields.Rating.ABSENT);
        assertThat(fields.slaCycles(issue)).isEmpty();
        assertThat(jsm.log.at(Level.INFO)).containsExactly(
                "Retention Desk: SUP-7: no JSM field applies to its project and issue type; read as a plain Jira issue");
    }

    @Test
    void organizationsAndParticipantsComeFromTheirFieldsInOrder() {
        ApplicationUser bo = mock(ApplicationUser.class);
        when(bo.getUsername()).thenReturn("bo");
        when(bo.getKey()).thenReturn("JIRAUSER2");
        JsmServiceFields fields = new MockJsm().organizations("Acme Ltd", "Acme Shipping")
                .field(ExportField.REQUEST_PARTICIPANTS, List.of(bo, "not a user")).on(issue);
        assertThat(fields.organizations(issue)).containsExactly("Acme Ltd", "Acme Shipping");
        assertThat(fields.participants(issue)).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("bo"));
    }

    @Test
    void renamedOrTranslatedFieldsAreFoundByTheirTypeAndTheLogSaysWhere() {
        MockJsm jsm = new MockJsm().renamed(ExportField.ORGANIZATIONS, "组织", List.of())
                .renamed(ExportField.SATISFACTION, "满意度", 4)
                .renamed(ExportField.SATISFACTION_DATE, "满意度日期", Timestamp.from(Instant.parse("2026-06-03T12:00:00Z")))
                .renamed(ExportField.REQUEST_PARTICIPANTS, "Request participants (old)", List.of());
        jsm.organizations("Acme Ltd"); // a second Organizations field, with a higher id: the lowest id is read
        JsmServiceFields fields = jsm.on(issue);
        assertThat(fields.rating(issue)).isEqualTo(new JsmFields.Rating.Given(4, Instant.parse("2026-06-03T12:00:00Z")));
        assertThat(fields.organizations(issue)).isEmpty();
        assertThat(jsm.log.at(Level.INFO)).contains(
                "Retention Desk: SUP-7: JSM's Satisfaction field is customfield_10101 here, under another name; found by its type",
                "Retention Desk: SUP-7: JSM's Organizations field is customfield_10100 here, under another name; found by its type");
        assertThat(jsm.log.at(Level.WARN)).isEmpty();
    }

    @Test
    void aMissingJsmFieldIsLoggedWithTheIssueKeyAndTheRestIsRead() {
        MockJsm jsm = new MockJsm().field(ExportField.SATISFACTION, 5);
        JsmServiceFields fields = jsm.on(issue);
        assertThat(fields.organizations(issue)).isEmpty();
        assertThat(fields.rating(issue)).isEqualTo(new JsmFields.Rating.Given(5, null));
        assertThat(jsm.log.at(Level.WARN)).containsExactly("Retention Desk: SUP-7: no Organizations"
                + " (com.atlassian.servicedesk:sd-customer-organizations), Request participants"
                + " (com.atlassian.servicedesk:sd-request-participants), Satisfaction date"
                + " (com.atlassian.servicedesk:sd-request-feedback-date) field applies to its project and issue type;"
                + " read without it");
    }

    @Test
    void withoutAFieldOfTheTypeTheFieldThePolicyNamesIsReadByIdOrName() {
        MockJsm byId = new MockJsm().plainField("customfield_10200", "CSAT (imported)", "3")
                .policyFields("\"satisfaction\": \"customfield_10200\"");
        assertThat(byId.on(issue).rating(issue)).isEqualTo(new JsmFields.Rating.Given(3, null));
        assertThat(byId.log.at(Level.INFO)).contains("Retention Desk: SUP-7: no field of type"
                + " com.atlassian.servicedesk:sd-request-feedback applies; using customfield_10200 as the policy's"
                + " fields.satisfaction says");

        MockJsm byName = new MockJsm().plainField("customfield_10201", "CSAT (imported)", 2)
                .policyFields("\"satisfaction\": \" csat (IMPORTED) \"");
        assertThat(byName.on(issue).rating(issue)).isEqualTo(new JsmFields.Rating.Given(2, null));

        MockJsm typeFirst = new MockJsm().field(ExportField.SATISFACTION, 5)
                .plainField("customfield_10200", "CSAT (imported)", "3")
                .policyFields("\"satisfaction\": \"customfield_10200\"");
        assertThat(typeFirst.on(issue).rating(issue)).as("JSM's own field wins, as offline")
                .isEqualTo(new JsmFields.Rating.Given(5, null));
    }

    static Stream<Arguments> ratingShapes() {
        return Stream.of(
                Arguments.of(4, 4),
                Arguments.of(3.0d, 3),
                Arguments.of(5L, 5),
                Arguments.of(new BigDecimal("2.00"), 2),
                Arguments.of(4.5d, null),
                Arguments.of(0, null),
                Arguments.of(7, null),
                Arguments.of(Double.NaN, null),
                Arguments.of("4", 4),
                Arguments.of("Rating: 5", 5),
                Arguments.of("Rating: 5 of 5", null), // two digits: which one is the rating is not knowable
                Arguments.of("0", null),
                Arguments.of("7", null),
                Arguments.of("12", null),
                Arguments.of("no rating", null),
                Arguments.of(new StringBuilder("3"), 3),
                Arguments.of(new Object() {
                    @Override
                    public String toString() {
                        return "4";
                    }
                }, null)); // an object is not read through its toString: it may be anything
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("ratingShapes")
    void aRatingIsANumberOneToFiveOrTextWithExactlyOneSuchDigitAndAnythingElseIsUnreadable(Object value, Integer expected) {
        JsmFields.Rating r = new MockJsm().field(ExportField.SATISFACTION, value).on(issue).rating(issue);
        if (expected == null) {
            assertThat(r).isEqualTo(new JsmFields.Rating.Unreadable(value.getClass().getName()));
        } else {
            assertThat(r).isEqualTo(new JsmFields.Rating.Given(expected, null));
        }
    }

    @Test
    void anUnreadableRatingIsLoggedWithTheIssueKeyAndItsTypeButNeverTheValue() {
        MockJsm jsm = new MockJsm().field(ExportField.SATISFACTION, "5 stars, but Ann Smith says 1 for the invoice");
        JsmFields.Rating r = jsm.on(issue).rating(issue);
        assertThat(r).isInstanceOf(JsmFields.Rating.Unreadable.class);
        assertThat(jsm.log.at(Level.WARN)).contains("Retention Desk: SUP-7: the Satisfaction field holds a"
                + " java.lang.String that is not a rating 1 to 5; the ticket is scored as predicted and its panel says"
                + " the rating is not readable");
        assertThat(jsm.log.lines()).noneMatch(l -> l.text().contains("Ann") || l.text().contains("stars"));
    }

    @Test
    void numericRatingAndItsDate() {
        Timestamp at = Timestamp.from(Instant.parse("2026-06-03T12:00:00Z"));
        JsmFields.Rating r = new MockJsm().field(ExportField.SATISFACTION, 3)
                .field(ExportField.SATISFACTION_DATE, at).on(issue).rating(issue);
        assertThat(r).isEqualTo(new JsmFields.Rating.Given(3, Instant.parse("2026-06-03T12:00:00Z")));
    }

    @Test
    void aSatisfactionDateThatIsNotADateIsLoggedAndTheRatingKept() {
        MockJsm jsm = new MockJsm().field(ExportField.SATISFACTION, 3)
                .field(ExportField.SATISFACTION_DATE, "yesterday");
        assertThat(jsm.on(issue).rating(issue)).isEqualTo(new JsmFields.Rating.Given(3, null));
        assertThat(jsm.log.at(Level.WARN)).contains("Retention Desk: SUP-7: the Satisfaction date field holds a"
                + " java.lang.String, not a date; the rating is read without its date");
    }

    @Test
    void aFieldJiraCannotReadIsLoggedAndReadAsEmpty() {
        MockJsm jsm = new MockJsm().field(ExportField.SATISFACTION, 3);
        JsmServiceFields fields = jsm.on(issue);
        when(issue.getCustomFieldValue(any())).thenThrow(new IllegalStateException("field type disabled"));
        assertThat(fields.rating(issue)).isEqualTo(JsmFields.Rating.ABSENT);
        assertThat(jsm.log.at(Level.WARN)).contains("Retention Desk: SUP-7: Jira could not read its Satisfaction"
                + " field (java.lang.IllegalStateException); read without it");
    }

    @Test
    void whichFieldIsWhichIsLookedUpOncePerProjectIssueTypeAndPolicyVersionForTenMinutes() {
        MockJsm jsm = new MockJsm().field(ExportField.SATISFACTION, 4);
        JsmServiceFields fields = jsm.on(issue);
        Issue sameContext = issue("SUP-8", 10043L, 10000L, "10100");
        when(jsm.customFields.getCustomFieldObjects(sameContext)).thenReturn(List.of());
        Issue otherProject = issue("HR-1", 20001L, 10001L, "10100");
        when(jsm.customFields.getCustomFieldObjects(otherProject)).thenReturn(List.of());

        fields.rating(issue);
        fields.organizations(issue);
        fields.organizations(sameContext);
        verify(jsm.customFields, times(1)).getCustomFieldObjects(any(Issue.class));
        fields.organizations(otherProject);
        verify(jsm.customFields).getCustomFieldObjects(otherProject);

        jsm.clock.advance(JsmServiceFields.CACHE_TTL.minusSeconds(1));
        fields.rating(issue);
        verify(jsm.customFields, times(1)).getCustomFieldObjects(issue);
        jsm.clock.advance(Duration.ofSeconds(1));
        fields.rating(issue);
        verify(jsm.customFields, times(2)).getCustomFieldObjects(issue);

        jsm.policyFields("\"organizations\": \"customfield_1\"");
        fields.rating(issue);
        verify(jsm.customFields, times(3)).getCustomFieldObjects(issue);
    }

    @Test
    void theLookupCacheKeepsTheMostRecentlyUsedContextsUpToItsBound() {
        MockJsm jsm = new MockJsm();
        JsmServiceFields fields = jsm.on(issue);
        List<Issue> issues = otherContexts(jsm, JsmServiceFields.CACHE_SIZE + 1);
        for (int i = 0; i < JsmServiceFields.CACHE_SIZE; i++) {
            fields.rating(issues.get(i));
        }
        fields.rating(issues.get(0)); // used again: now the most recent
        fields.rating(issues.get(JsmServiceFields.CACHE_SIZE)); // one too many: the least recent (1) goes
        fields.rating(issues.get(0));
        fields.rating(issues.get(1));
        verify(jsm.customFields, times(1)).getCustomFieldObjects(issues.get(0));
        verify(jsm.customFields, times(2)).getCustomFieldObjects(issues.get(1));
        verify(jsm.customFields, times(1)).getCustomFieldObjects(issues.get(2));
    }

    @Test
    void theLookupCacheIsSafeForConcurrentReadsOfMoreContextsThanItKeeps() throws Exception {
        MockJsm jsm = new MockJsm().field(ExportField.SATISFACTION, 4);
        JsmServiceFields fields = jsm.on(issue);
        List<Issue> issues = otherContexts(jsm, JsmServiceFields.CACHE_SIZE + 44);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> reads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            reads.add(pool.submit(() -> {
                int right = 0;
                for (int round = 0; round < 3; round++) {
                    for (Issue other : issues) {
                        right += fields.rating(other) == JsmFields.Rating.ABSENT ? 1 : 0;
                        right += fields.rating(issue).equals(new JsmFields.Rating.Given(4, null)) ? 1 : 0;
                    }
                }
                return right;
            }));
        }
        for (Future<Integer> r : reads) {
            assertThat(r.get()).isEqualTo(3 * 2 * issues.size());
        }
        pool.shutdown();
    }

    /** Issues of {@code n} other projects, with no JSM field. */
    private static List<Issue> otherContexts(MockJsm jsm, int n) {
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Issue other = issue("P" + i + "-1", 30000L + i, 50000L + i, "10100");
            when(jsm.customFields.getCustomFieldObjects(other)).thenReturn(List.of());
            issues.add(other);
        }
        return issues;
    }

    @Test
    void slaCyclesAsTheLoggedInUserCompletedThenOngoingWhenNoRunAsUserIsChosen() {
        Instant stop = Instant.parse("2026-06-01T12:00:00Z");
        MockJsm jsm = new MockJsm().completedSla("Time to first response", stop, true)
                .ongoingSla("Time to resolution", false);
        List<SlaCycle> cycles = jsm.on(issue).slaCycles(issue);
        assertThat(cycles).containsExactly(new SlaCycle("Time to first response", stop, true),
                new SlaCycle("Time to resolution", null, false));
        verify(jsm.slaQuery).issue(10042L);
        verify(jsm.slas).getInfo(eq(jsm.agent), any());
    }

    @Test
    void slaCyclesAreReadAsTheRunAsUserWhoeverIsLoggedIn() {
        ApplicationUser runAs = mock(ApplicationUser.class);
        Instant stop = Instant.parse("2026-06-01T12:00:00Z");
        MockJsm jsm = new MockJsm().completedSla("Time to first response", stop, true).slasVisibleTo(runAs).runAs(runAs);
        assertThat(jsm.on(issue).slaCycles(issue)).containsExactly(new SlaCycle("Time to first response", stop, true));
        verify(jsm.slas).getInfo(eq(runAs), any());
        verify(jsm.slas, org.mockito.Mockito.never()).getInfo(eq(jsm.agent), any());
    }

    @Test
    void withNoUserAtAllSlasAreRefusedNotSilentlyEmpty() {
        MockJsm jsm = new MockJsm().completedSla("Time to first response", Instant.parse("2026-06-01T12:00:00Z"), true);
        jsm.authentication.setLoggedInUser(null);
        JsmServiceFields fields = jsm.on(issue);
        assertThatThrownBy(() -> fields.slaCycles(issue)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SUP-7").hasMessageContaining("run-as user");
        verify(jsm.slas, org.mockito.Mockito.never()).getInfo(any(), any());
    }
}

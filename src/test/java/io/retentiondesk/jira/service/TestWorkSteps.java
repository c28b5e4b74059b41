package io.retentiondesk.jira.service;

import io.retentiondesk.jira.ao.CallbackLog;

import java.util.Arrays;

import static org.mockito.Mockito.mock;

/** The app's {@link WorkSteps} over the services a test gives (mocks or real ones), every other service a mock. */
public final class TestWorkSteps {
    private TestWorkSteps() {
    }

    public static WorkSteps with(Object... services) {
        return new WorkSteps(pick(CustomerTiering.class, services), pick(TicketScoring.class, services),
                pick(ChurnAssessment.class, services), pick(LateRating.class, services),
                pick(TicketRecorder.class, services), pick(CallbackLog.class, services));
    }

    private static <T> T pick(Class<T> type, Object... services) {
        return Arrays.stream(services).filter(type::isInstance).map(type::cast).findFirst().orElseGet(() -> mock(type));
    }
}

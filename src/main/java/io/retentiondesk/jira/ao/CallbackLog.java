package io.retentiondesk.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The callback attempts logged on complaints, as the core {@link CallbackAttempt} values. */
@Named
public class CallbackLog {
    private final ActiveObjects ao;

    @Inject
    public CallbackLog(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    public void record(CallbackAttempt attempt) {
        ao.executeInTransaction(() -> ao.create(CallbackAttemptEntity.class,
                new DBParam("ISSUE_KEY", attempt.ticketKey().toUpperCase(Locale.ROOT)),
                new DBParam("ATTEMPTED_AT", Date.from(attempt.attemptedAt())),
                new DBParam("AGENT_KEY", attempt.who()),
                new DBParam("OUTCOME", attempt.outcome().name()),
                new DBParam("RATING", attempt.rating()),
                new DBParam("NOTE", attempt.note())));
    }

    /** Attempts on one complaint, oldest first. */
    public List<CallbackAttempt> attemptsFor(String issueKey) {
        return ao.executeInTransaction(() -> List.of(ao.find(CallbackAttemptEntity.class,
                Query.select().where("ISSUE_KEY = ?", issueKey.toUpperCase(Locale.ROOT)).order("ATTEMPTED_AT ASC")))
                .stream()
                .map(e -> new CallbackAttempt(e.getIssueKey(), e.getAttemptedAt().toInstant(), e.getAgentKey(),
                        CallbackOutcome.valueOf(e.getOutcome()), e.getRating(), e.getNote()))
                .toList());
    }
}

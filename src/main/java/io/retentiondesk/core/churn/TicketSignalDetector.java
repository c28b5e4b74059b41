package io.retentiondesk.core.churn;

import io.retentiondesk.core.callback.Callback;
import io.retentiondesk.core.callback.CallbackAttempt;
import io.retentiondesk.core.callback.CallbackOutcome;
import io.retentiondesk.core.callback.CallbackStatus;
import io.retentiondesk.core.satisfaction.SatisfactionBand;
import io.retentiondesk.core.satisfaction.SatisfactionScore;
import io.retentiondesk.core.satisfaction.ServiceTarget;
import io.retentiondesk.core.ticket.Comment;
import io.retentiondesk.core.ticket.CustomerSide;
import io.retentiondesk.core.ticket.Ticket;
import io.retentiondesk.core.ticket.TicketFacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The signals one ticket raises on its own (SPEC §5, §11): everything but surge, same problem and repeat
 * complaint, which compare tickets. Thread-safe.
 */
public final class TicketSignalDetector {
    private final RiskPolicy policy;
    private final int maxHandoffs;
    private final IntentDetector intent;

    public TicketSignalDetector(RiskPolicy policy, int maxHandoffs) {
        this.policy = Objects.requireNonNull(policy);
        this.maxHandoffs = maxHandoffs;
        List<String> words = new ArrayList<>(policy.intentWords());
        words.addAll(policy.competitors());
        this.intent = new IntentDetector(words);
    }

    /**
     * @param score    the ticket's satisfaction score, {@code null} when unresolved
     * @param target   the service promise the ticket was measured against
     * @param callback the complaint's callback, {@code null} for a ticket that is not a complaint
     */
    public RiskTicket detect(Ticket ticket, TicketFacts facts, SatisfactionScore score, ServiceTarget target,
                             Callback callback, CustomerSide side, Instant asOf) {
        List<SignalOccurrence> out = new ArrayList<>();
        String key = ticket.key();
        Instant resolved = facts.resolvedAt();
        if (score != null) {
            if (score.band() == SatisfactionBand.BELOW) {
                add(out, RiskSignal.SCORED_BELOW, key, resolved,
                        policy.points(RiskSignal.SCORED_BELOW) + policy.scoredBelowPerPoint() * Math.abs(score.score()));
            } else if (score.band() == SatisfactionBand.EXCEEDED) {
                add(out, RiskSignal.SCORED_EXCEEDED, key, resolved, policy.points(RiskSignal.SCORED_EXCEEDED));
            }
        }
        if (facts.rating() != null && facts.rating() <= 2) {
            add(out, RiskSignal.LOW_RATING, key, resolved, policy.points(RiskSignal.LOW_RATING));
        }
        if (callback != null) {
            add(out, RiskSignal.COMPLAINT, key, ticket.created(), policy.points(RiskSignal.COMPLAINT));
        }
        for (Instant reopen : facts.reopenTimes()) {
            add(out, RiskSignal.REOPENED, key, reopen, policy.points(RiskSignal.REOPENED));
        }
        if (facts.handoffs() > maxHandoffs) {
            add(out, RiskSignal.HANDOFFS, key, resolved != null ? resolved : facts.lastHandoffAt(),
                    policy.points(RiskSignal.HANDOFFS));
        }
        if (resolved != null && slaMissed(facts, target)) {
            add(out, RiskSignal.SLA_MISSED, key, resolved, policy.points(RiskSignal.SLA_MISSED));
        }
        if (callback != null) {
            callbackSignals(out, key, callback);
        }
        Instant intentAt = intentDate(ticket, side, asOf);
        if (intentAt != null) {
            add(out, RiskSignal.CHURN_INTENT, key, intentAt, policy.points(RiskSignal.CHURN_INTENT));
        }
        // Interned: the risk window keeps these for every ticket, and the same few words recur across tickets.
        Set<String> words = new HashSet<>();
        for (String w : Words.tokens(ticket.summary())) {
            words.add(w.intern());
        }
        return new RiskTicket(key, ticket.created(), lower(ticket.requestType()), lower(ticket.issueType()), words,
                callback != null, out);
    }

    private void callbackSignals(List<SignalOccurrence> out, String key, Callback callback) {
        if (callback.status() == CallbackStatus.OVERDUE) {
            add(out, RiskSignal.CALLBACK_OVERDUE, key, callback.due(), policy.points(RiskSignal.CALLBACK_OVERDUE));
        }
        if (callback.attempts().isEmpty()) {
            // Known only from the exported status field: the outcome's own time is not recorded, so it is
            // dated at the due time.
            if (callback.status() == CallbackStatus.FAILED) {
                add(out, RiskSignal.CALLBACK_FAILED, key, callback.due(), policy.points(RiskSignal.CALLBACK_FAILED));
            } else if (callback.status() == CallbackStatus.DONE) {
                add(out, RiskSignal.RECOVERED, key, callback.due(), policy.points(RiskSignal.RECOVERED));
            }
            return;
        }
        for (CallbackAttempt a : callback.attempts()) {
            if (a.outcome() == CallbackOutcome.STILL_DISSATISFIED) {
                add(out, RiskSignal.CALLBACK_FAILED, key, a.attemptedAt(), policy.points(RiskSignal.CALLBACK_FAILED));
            } else if (a.outcome() == CallbackOutcome.SATISFIED) {
                add(out, RiskSignal.RECOVERED, key, a.attemptedAt(), policy.points(RiskSignal.RECOVERED));
            }
        }
    }

    private static boolean slaMissed(TicketFacts facts, ServiceTarget target) {
        if (facts.slaBreached() != null) {
            return facts.slaBreached();
        }
        return facts.firstResponseHours() > target.firstResponseHours()
                || facts.resolutionHours() > target.resolutionHours();
    }

    /** The earliest customer-side text with an intent word: summary or description, then comments. */
    private Instant intentDate(Ticket ticket, CustomerSide side, Instant asOf) {
        if (intent.matches(ticket.summary()) || intent.matches(ticket.description())) {
            return ticket.created();
        }
        Instant earliest = null;
        for (Comment c : ticket.comments()) {
            if (c.created().isAfter(asOf) || (earliest != null && !c.created().isBefore(earliest))) {
                continue;
            }
            if (side.includes(c.author()) && intent.matches(c.body())) {
                earliest = c.created();
            }
        }
        return earliest;
    }

    private static void add(List<SignalOccurrence> out, RiskSignal signal, String key, Instant date, double points) {
        out.add(new SignalOccurrence(signal, key, date, points));
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT).intern();
    }
}

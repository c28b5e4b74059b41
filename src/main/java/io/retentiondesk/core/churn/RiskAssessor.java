package io.retentiondesk.core.churn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Assesses a customer's churn risk as of a time (SPEC §5, §11) from the tickets in the risk window: adds the
 * cross-ticket signals, decays every occurrence by its age, sums, clamps at 0 and maps onto 0–100.
 * Stateless and thread-safe; the surge count is linear, the same-problem scan looks back at most
 * {@code sameProblemDays} per ticket.
 */
public final class RiskAssessor {
    private static final double MILLIS_PER_DAY = 86_400_000d;
    private static final int TOP_REASONS = 3;
    private static final Comparator<RiskReason> LARGEST_FIRST = Comparator
            .comparingDouble(RiskReason::points).reversed()
            .thenComparing(RiskReason::date, Comparator.reverseOrder())
            .thenComparing(RiskReason::ticketKey)
            .thenComparing(RiskReason::signal);

    private final RiskPolicy policy;

    public RiskAssessor(RiskPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    /** Whether a ticket created at this time falls in the risk window {@code (asOf − window, asOf]}. */
    public boolean inWindow(Instant created, Instant asOf) {
        return !created.isAfter(asOf) && created.isAfter(asOf.minus(Duration.ofDays(policy.windowDays())));
    }

    /**
     * @param tickets       the customer's tickets (any order); those outside the window are ignored
     * @param recoveredAt   when any complaint of the customer had its callback DONE, with the complaint's key
     * @param asOf          the assessment time
     */
    public RiskAssessment assess(Collection<RiskTicket> tickets, Collection<Recovery> recoveredAt, Instant asOf) {
        return score(occurrences(tickets, recoveredAt, asOf), asOf);
    }

    /**
     * Every signal occurrence of the window as of a time, undecayed: the tickets' own signals and the
     * cross-ticket ones (surge, same problem, repeat complaint). Occurrences dated after {@code asOf} are
     * included (a ticket's own record may know later events); {@link #score} ignores them. Calibration reads
     * its customer-months through this method, so it sees exactly the signals an assessment sees.
     */
    public List<SignalOccurrence> occurrences(Collection<RiskTicket> tickets, Collection<Recovery> recoveredAt,
                                              Instant asOf) {
        List<RiskTicket> window = new ArrayList<>();
        for (RiskTicket t : tickets) {
            if (inWindow(t.created(), asOf)) {
                window.add(t);
            }
        }
        window.sort(Comparator.comparing(RiskTicket::created).thenComparing(RiskTicket::key));
        List<SignalOccurrence> occurrences = new ArrayList<>();
        for (RiskTicket t : window) {
            occurrences.addAll(t.signals());
        }
        surges(window, occurrences);
        sameProblems(window, occurrences);
        repeatComplaints(window, recoveredAt, occurrences);
        return occurrences;
    }

    /** Decays, sums and bands occurrences that are already known to belong to the window. */
    public RiskAssessment score(List<SignalOccurrence> occurrences, Instant asOf) {
        double sum = 0;
        List<RiskReason> reasons = new ArrayList<>();
        for (SignalOccurrence o : occurrences) {
            if (o.date().isAfter(asOf)) {
                continue;
            }
            double decayed = decayed(o.points(), o.date(), asOf);
            sum += decayed;
            if (decayed > 0) {
                reasons.add(new RiskReason(o.signal(), o.ticketKey(), o.date(), decayed));
            }
        }
        double p = Math.max(0, sum);
        int score = (int) Math.round(100 * (1 - Math.exp(-p / policy.scale())));
        reasons.sort(LARGEST_FIRST);
        return new RiskAssessment(score, policy.bands().bandOf(score),
                reasons.subList(0, Math.min(TOP_REASONS, reasons.size())), p);
    }

    public double decayed(double points, Instant date, Instant asOf) {
        double ageDays = Duration.between(date, asOf).toMillis() / MILLIS_PER_DAY;
        return points * Math.pow(0.5, ageDays / policy.halfLifeDays());
    }

    /** A ticket with at least {@code surgeTickets} tickets created in the surge days up to it, itself included. */
    private void surges(List<RiskTicket> window, List<SignalOccurrence> out) {
        Duration span = Duration.ofDays(policy.surgeDays());
        int from = 0;
        int to = 0;
        for (RiskTicket t : window) {
            Instant start = t.created().minus(span);
            while (window.get(from).created().isBefore(start)) {
                from++;
            }
            while (to < window.size() && !window.get(to).created().isAfter(t.created())) {
                to++;
            }
            int count = to - from;
            if (count >= policy.surgeTickets()) {
                double points = count == policy.surgeTickets() ? policy.points(RiskSignal.CONTACT_SURGE)
                        : policy.surgeFurtherPoints();
                out.add(new SignalOccurrence(RiskSignal.CONTACT_SURGE, t.key(), t.created(), points));
            }
        }
    }

    private void sameProblems(List<RiskTicket> window, List<SignalOccurrence> out) {
        Duration span = Duration.ofDays(policy.sameProblemDays());
        for (int i = 0; i < window.size(); i++) {
            RiskTicket t = window.get(i);
            if (t.summaryWords().isEmpty()) {
                continue;
            }
            Instant earliest = t.created().minus(span);
            for (int j = i - 1; j >= 0; j--) {
                RiskTicket earlier = window.get(j);
                if (earlier.created().isBefore(earliest)) {
                    break;
                }
                if (earlier.created().isBefore(t.created()) && t.sameKindAs(earlier)
                        && jaccard(t.summaryWords(), earlier.summaryWords()) >= policy.sameProblemJaccard()) {
                    out.add(new SignalOccurrence(RiskSignal.SAME_PROBLEM, t.key(), t.created(),
                            policy.points(RiskSignal.SAME_PROBLEM)));
                    break;
                }
            }
        }
    }

    private void repeatComplaints(List<RiskTicket> window, Collection<Recovery> recoveries,
                                  List<SignalOccurrence> out) {
        Duration span = Duration.ofDays(policy.repeatComplaintDays());
        for (RiskTicket t : window) {
            if (!t.complaint()) {
                continue;
            }
            for (Recovery r : recoveries) {
                if (!r.ticketKey().equals(t.key()) && r.at().isBefore(t.created())
                        && !t.created().isAfter(r.at().plus(span))) {
                    out.add(new SignalOccurrence(RiskSignal.REPEAT_COMPLAINT, t.key(), t.created(),
                            policy.points(RiskSignal.REPEAT_COMPLAINT)));
                    break;
                }
            }
        }
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }

    /** A complaint whose callback ended DONE, and when. */
    public record Recovery(String ticketKey, Instant at) {
        public Recovery {
            Objects.requireNonNull(ticketKey, "ticketKey");
            Objects.requireNonNull(at, "at");
        }
    }
}

package io.retentiondesk.report.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides how one ticket went. Everything follows from the customer's trouble level at the ticket's creation
 * (slower first responses, more chasers, re-opens and hand-offs, lower ratings) and from a {@link Script} when
 * the ticket is a planted one. The ticket's life is drawn in full, then cut at asOf, then turned into fields,
 * comments and change history from one ordered list of events, which keeps them consistent with each other.
 */
final class TicketPlanner {
    static final String[] PRIORITIES = {"Highest", "High", "Medium", "Low", "Lowest"};
    /** JSM-like SLA goals by priority, hours. */
    private static final double[] GOAL_FIRST_RESPONSE_H = {1, 2, 4, 8, 16};
    private static final double[] GOAL_RESOLUTION_H = {8, 24, 48, 96, 160};

    private static final int ASSIGN = 0;
    private static final int START = 1;
    private static final int WAIT = 2;
    private static final int RESOLVE = 3;
    private static final int REOPEN = 4;

    private final User[] agents;
    private final long asOf;
    private final SplittableRandom rnd;
    private long commentId = 10_000;
    private long historyId = 100_000;

    TicketPlanner(User[] agents, long asOf, SplittableRandom rnd) {
        this.agents = agents;
        this.asOf = asOf;
        this.rnd = rnd;
    }

    private record Event(long at, int type, User agent, int order) {
    }

    Plan plan(int number, long created, Customer c, Script s) {
        Plan p = new Plan();
        p.number = number;
        p.key = "SUP-" + number;
        p.created = created;
        p.customer = c;
        double trouble = c.trouble(created);
        if (s != null && s.trouble > trouble) {
            trouble = s.trouble;
        }
        p.trouble = trouble;
        boolean happy = c.story == Customer.Story.HAPPY;
        p.churn = s != null && s.churn;
        p.callback = s == null ? Script.CALLBACK_USUAL : s.callback;

        what(p, c, s, trouble, happy);
        when(p, c, s, trouble, happy);
        return p;
    }

    /** Request type, summary, priority, people, description. */
    private void what(Plan p, Customer c, Script s, double trouble, boolean happy) {
        int rt;
        if (s != null && s.requestType >= 0) {
            rt = s.requestType;
        } else if (rnd.nextDouble() < (happy ? 0.01 : 0.025 + 0.3 * trouble)) {
            rt = Texts.COMPLAINT;
        } else {
            rt = weighted(Texts.REQUEST_TYPE_WEIGHTS);
        }
        p.requestType = rt;
        String[][] catalog = Texts.SUMMARIES[rt];
        int idx;
        boolean repeat = false;
        if (s != null && s.summaryIndex >= 0) {
            idx = s.summaryIndex;
        } else if (c.lastSummary[rt] >= 0 && p.created - c.lastSummaryAt[rt] <= 30 * Times.DAY) {
            if (s == null && rnd.nextDouble() < 0.02 + 0.3 * trouble * trouble) {
                // the same problem again, the more so the worse things go
                idx = c.lastSummary[rt];
                repeat = true;
            } else {
                // otherwise a different problem, so repeats in the data are the planted kind, not chance
                idx = (c.lastSummary[rt] + 1 + rnd.nextInt(catalog.length - 1)) % catalog.length;
            }
        } else {
            idx = rnd.nextInt(catalog.length);
        }
        c.lastSummary[rt] = idx;
        c.lastSummaryAt[rt] = p.created;
        if (s != null && s.summary != null) {
            p.summary = s.summary;
        } else {
            p.summary = repeat && rnd.nextInt(3) == 0 ? "Again: " + catalog[idx][0] : catalog[idx][0];
        }
        p.component = catalog[idx][1];
        // a few complaints arrive through another request type and are only labelled as such by the agent
        boolean labelledOnly = s == null && rt != Texts.COMPLAINT && trouble > 0.3 && rnd.nextDouble() < 0.03;
        p.complaint = rt == Texts.COMPLAINT || labelledOnly;
        if (p.complaint) {
            p.category = rt == Texts.COMPLAINT ? Texts.COMPLAINT_CATEGORIES[idx]
                    : rt == Texts.BILLING ? "misunderstanding" : "product-quality";
        }
        p.issueType = rt == Texts.COMPLAINT ? "Complaint" : rt == Texts.BUG ? "Incident" : "Service Request";
        double r = rnd.nextDouble();
        if (rt == Texts.COMPLAINT) {
            p.priority = r < 0.1 ? 0 : r < 0.6 ? 1 : 2;
        } else {
            p.priority = r < 0.03 ? 0 : r < 0.25 ? 1 : r < 0.75 ? 2 : r < 0.95 ? 3 : 4;
        }
        int reporter = rnd.nextInt(c.reporters.length);
        p.reporter = c.reporters[reporter];
        if (c.reporters.length > 1 && rnd.nextDouble() < 0.18) {
            int other = (reporter + 1 + rnd.nextInt(c.reporters.length - 1)) % c.reporters.length;
            p.participants.add(c.reporters[other]);
            if (c.reporters.length > 2 && rnd.nextDouble() < 0.25) {
                int third = (other + 1) % c.reporters.length;
                if (third == reporter) {
                    third = (third + 1) % c.reporters.length;
                }
                p.participants.add(c.reporters[third]);
            }
        }
        String description;
        if (s != null && s.description != null) {
            description = s.description;
        } else if (c.chinese) {
            description = p.summary + "。" + pick(Texts.DESCRIPTION_DETAIL_ZH);
        } else {
            description = p.summary + ". " + pick(Texts.DESCRIPTION_DETAIL);
            if (rnd.nextDouble() < 0.3) {
                description += " " + pick(Texts.DESCRIPTION_DETAIL);
            }
        }
        if (s != null && s.intentInDescription || s == null && trouble > 0.75 && rnd.nextDouble() < 0.08) {
            description += " " + intent(c);
        }
        p.description = description;
    }

    /** The ticket's life: response, work, hand-offs, re-opens, comments, then what of it asOf has seen. */
    private void when(Plan p, Customer c, Script s, double trouble, boolean happy) {
        long created = p.created;
        double speed = c.service * (happy ? 0.35 : 1.0) * (1 + 3 * trouble);
        long goalFr = (long) (GOAL_FIRST_RESPONSE_H[p.priority] * Times.HOUR);
        long goalTr = (long) (GOAL_RESOLUTION_H[p.priority] * Times.HOUR);
        p.goalFirstResponse = goalFr;
        p.goalResolution = goalTr;

        long frDelay = Math.max(3 * Times.MINUTE, (long) (goalFr * speed * exponential(0.8)));
        long firstResponse = created + frDelay;
        long assignAt = created + Times.MINUTE + rnd.nextLong(20 * Times.MINUTE);
        if (assignAt >= firstResponse) {
            assignAt = created + frDelay / 2;
        }
        boolean wontDo = s == null && p.requestType != Texts.COMPLAINT && rnd.nextDouble() < 0.05;
        boolean question = !wontDo && !p.churn && rnd.nextDouble() < 0.25;
        long replyAt = question ? firstResponse + 20 * Times.MINUTE + (long) (rnd.nextDouble() * 20 * Times.HOUR) : -1;
        // the customer never answered; older ones like it were closed by the desk's auto-close rule
        boolean stale = s == null && question && created > asOf - 60 * Times.DAY && rnd.nextDouble() < 0.1;
        long work = wontDo ? (long) (Times.HOUR * (0.1 + rnd.nextDouble()))
                : (long) (goalTr * speed * exponential(0.45)) + 10 * Times.MINUTE;
        if (!wontDo && rnd.nextDouble() < 0.1) {
            work = (long) (work * (3 + exponential(8))); // waits on a vendor, a release or a change window
        }
        long resolve1 = firstResponse + work;
        if (question && resolve1 <= replyAt) {
            resolve1 = replyAt + 30 * Times.MINUTE + (long) (rnd.nextDouble() * 4 * Times.HOUR);
        }
        if (p.churn) {
            // the churn ticket closes exactly when the customer leaves
            if (c.churnAt <= firstResponse + 10 * Times.MINUTE) {
                c.churnAt = firstResponse + Times.HOUR + rnd.nextLong(Times.DAY);
            }
            resolve1 = c.churnAt;
        }
        boolean keepOpen = s != null && s.keepOpen || stale;

        int reopens;
        if (s != null && s.reopens >= 0) {
            reopens = s.reopens;
        } else if (rnd.nextDouble() < (happy ? 0.01 : 0.04 + 0.3 * trouble)) {
            reopens = trouble > 0.6 && rnd.nextDouble() < 0.25 ? 2 : 1;
        } else {
            reopens = 0;
        }
        if (wontDo || p.churn || keepOpen) {
            reopens = 0;
        }
        long[] resolveAt = new long[reopens + 1];
        long[] reopenAt = new long[reopens];
        resolveAt[0] = resolve1;
        for (int k = 0; k < reopens; k++) {
            reopenAt[k] = resolveAt[k] + Times.HOUR + (long) (exponential(24) * Times.HOUR);
            resolveAt[k + 1] = reopenAt[k] + 30 * Times.MINUTE + (long) (goalTr * speed * exponential(0.3));
        }
        long finalResolve = resolveAt[reopens];

        int handoffs;
        if (s != null && s.handoffs >= 0) {
            handoffs = s.handoffs;
        } else if (!stale && rnd.nextDouble() < (happy ? 0.03 : 0.1 + 0.3 * trouble)) {
            double h = rnd.nextDouble();
            handoffs = h < 0.6 ? 1 : h < 0.9 ? 2 : 3;
        } else {
            handoffs = 0;
        }
        p.handoffs = handoffs;
        User[] owner = new User[handoffs + 1];
        long[] handoffAt = new long[handoffs];
        int a = rnd.nextInt(agents.length);
        owner[0] = agents[a];
        long segment = (resolve1 - firstResponse) / (handoffs + 1);
        for (int k = 0; k < handoffs; k++) {
            a = (a + 1 + rnd.nextInt(agents.length - 1)) % agents.length;
            owner[k + 1] = agents[a];
            handoffAt[k] = firstResponse + segment * (k + 1) + (long) ((rnd.nextDouble() - 0.5) * 0.5 * segment);
        }

        // comments, drawn in full then cut at asOf
        List<Plan.Message> msgs = new ArrayList<>(8);
        int chasers = 0;
        if (frDelay > goalFr && rnd.nextDouble() < 0.35 + 0.4 * trouble) {
            long at = created + (long) (frDelay * (0.4 + 0.3 * rnd.nextDouble()));
            msgs.add(new Plan.Message(at, customerSide(p), chaser(c)));
            chasers++;
            if (trouble > 0.5 && rnd.nextDouble() < 0.4) {
                msgs.add(new Plan.Message(at + (firstResponse - at) / 2, customerSide(p), chaser(c)));
                chasers++;
            }
        }
        String greeting = p.reporter.greeting();
        String first;
        if (c.chinese) {
            first = Texts.FIRST_RESPONSES_ZH[question ? 1 : 0];
        } else if (p.complaint) {
            first = pick(Texts.COMPLAINT_RESPONSES);
        } else if (wontDo) {
            first = Texts.FIRST_RESPONSES[2];
        } else {
            first = pick(question ? Texts.QUESTIONS : Texts.FIRST_RESPONSES);
        }
        msgs.add(new Plan.Message(firstResponse, owner[0], first.replace("%s", greeting)));
        if (question && !stale) {
            msgs.add(new Plan.Message(replyAt, customerSide(p), pick(c.chinese ? Texts.REPLIES_ZH : Texts.REPLIES)));
        }
        if (s != null && s.intentComment || s == null && trouble > 0.75 && rnd.nextDouble() < 0.1) {
            long at = firstResponse + (long) ((resolve1 - firstResponse) * (0.2 + 0.3 * rnd.nextDouble()));
            msgs.add(new Plan.Message(at, customerSide(p), intent(c)));
        }
        if (!keepOpen) {
            for (int k = 0; k <= reopens; k++) {
                long lower = k == 0 ? firstResponse : reopenAt[k - 1];
                long at = resolveAt[k] - Math.min(20 * Times.MINUTE, (resolveAt[k] - lower) / 2)
                        + rnd.nextLong(Math.max(1, Math.min(Times.MINUTE, (resolveAt[k] - lower) / 4)));
                msgs.add(new Plan.Message(at, ownerAt(owner, handoffAt, at), resolvedText(p, c, wontDo)));
                if (k < reopens) {
                    msgs.add(new Plan.Message(reopenAt[k] - 2 * Times.SECOND, p.reporter,
                            pick(c.chinese ? Texts.REOPEN_ZH : Texts.REOPEN)));
                }
            }
            if (!p.churn && rnd.nextDouble() < 0.04) {
                msgs.add(new Plan.Message(finalResolve + (long) ((0.5 + rnd.nextDouble() * 30) * Times.HOUR), p.reporter,
                        pick(c.chinese ? Texts.THANKS_ZH : Texts.THANKS)));
            } else if (p.complaint && trouble > 0.5 && rnd.nextDouble() < 0.25) {
                msgs.add(new Plan.Message(finalResolve + (long) ((1 + rnd.nextDouble() * 30) * Times.HOUR), p.reporter,
                        pick(Texts.STILL_UNHAPPY)));
            }
        }
        for (Plan.Message m : msgs) {
            if (m.at() <= asOf) {
                insertByTime(p.comments, m);
            }
        }

        // change history
        List<Event> events = new ArrayList<>(8 + 2 * reopens);
        events.add(new Event(assignAt, ASSIGN, owner[0], 0));
        events.add(new Event(firstResponse + Times.SECOND, START, null, 1));
        if (stale) {
            events.add(new Event(firstResponse + 2 * Times.SECOND, WAIT, null, 2));
        }
        for (int k = 0; k < handoffs; k++) {
            events.add(new Event(handoffAt[k], ASSIGN, owner[k + 1], 3 + k));
        }
        if (!keepOpen) {
            for (int k = 0; k <= reopens; k++) {
                events.add(new Event(resolveAt[k], RESOLVE, null, 10 + 2 * k));
                if (k < reopens) {
                    events.add(new Event(reopenAt[k], REOPEN, null, 11 + 2 * k));
                }
            }
        }
        events.removeIf(e -> e.at() > asOf);
        events.sort((x, y) -> x.at() != y.at() ? Long.compare(x.at(), y.at()) : Integer.compare(x.order(), y.order()));
        if (!events.isEmpty() && events.get(events.size() - 1).type() == RESOLVE) {
            // a resolved ticket's transitions are kept to those that matter (Open -> Resolved), which keeps a
            // million-ticket export smaller; a ticket still open shows that work started
            events.removeIf(e -> e.type() == START);
        }
        String resolutionName = p.churn ? "Churned" : wontDo ? "Won't Do" : "Done";
        String resolutionId = p.churn ? "10200" : wontDo ? "10001" : "10000";
        replay(p, events, resolutionName, resolutionId);

        rating(p, s, happy, trouble, frDelay > goalFr, finalResolve - created > goalTr, handoffs, chasers, wontDo);
        sla(p, firstResponse);
        p.updated = Math.max(created, p.ratedAt);
        if (!p.comments.isEmpty()) {
            p.updated = Math.max(p.updated, p.comments.get(p.comments.size() - 1).at());
        }
        if (!p.histories.isEmpty()) {
            p.updated = Math.max(p.updated, p.histories.get(p.histories.size() - 1).at());
        }
    }

    /** Walks the events in time order, writing the changelog and leaving the fields where the walk ends. */
    private void replay(Plan p, List<Event> events, String resolutionName, String resolutionId) {
        String status = "Open";
        String statusId = "1";
        User assignee = null;
        String resolution = null;
        String resId = null;
        long resolvedAt = 0;
        for (Event e : events) {
            List<Plan.Item> items = new ArrayList<>(2);
            User author = assignee;
            switch (e.type()) {
                case ASSIGN -> {
                    author = assignee == null ? e.agent() : assignee;
                    items.add(new Plan.Item("assignee", name(assignee), display(assignee), e.agent().name(),
                            e.agent().displayName()));
                    assignee = e.agent();
                }
                case START -> {
                    items.add(new Plan.Item("status", statusId, status, "3", "In Progress"));
                    status = "In Progress";
                    statusId = "3";
                }
                case WAIT -> {
                    items.add(new Plan.Item("status", statusId, status, "10002", "Waiting for customer"));
                    status = "Waiting for customer";
                    statusId = "10002";
                }
                case RESOLVE -> {
                    items.add(new Plan.Item("resolution", null, null, resolutionId, resolutionName));
                    items.add(new Plan.Item("status", statusId, status, "5", "Resolved"));
                    status = "Resolved";
                    statusId = "5";
                    resolution = resolutionName;
                    resId = resolutionId;
                    resolvedAt = e.at();
                }
                case REOPEN -> {
                    author = p.reporter;
                    items.add(new Plan.Item("resolution", resId, resolution, null, null));
                    items.add(new Plan.Item("status", statusId, status, "4", "Reopened"));
                    status = "Reopened";
                    statusId = "4";
                    resolution = null;
                    resId = null;
                    p.reopens++;
                }
                default -> throw new IllegalStateException();
            }
            if (author == null) {
                author = e.agent() != null ? e.agent() : agents[0];
            }
            p.histories.add(new Plan.History(historyId++, e.at(), author, items));
        }
        p.status = status;
        p.statusId = statusId;
        p.assignee = assignee;
        p.resolution = resolution;
        p.resolutionId = resId;
        p.resolvedAt = resolvedAt;
    }

    private void rating(Plan p, Script s, boolean happy, double trouble, boolean slowResponse,
                        boolean slowResolution, int handoffs, int chasers, boolean wontDo) {
        if (p.resolution == null || p.churn) {
            return;
        }
        int forced = s == null ? 0 : s.rating;
        double chance = happy ? 0.26 : 0.13 + 0.08 * trouble;
        if (forced == 0 && rnd.nextDouble() >= chance) {
            return;
        }
        int value = forced;
        if (value == 0) {
            double q = 4.7 - (slowResponse ? 0.9 : 0) - (slowResolution ? 0.7 : 0) - 1.1 * p.reopens
                    - 0.5 * Math.max(0, handoffs - 1) - 0.4 * chasers - 2.2 * trouble - (wontDo ? 0.8 : 0)
                    + (happy ? 0.4 : 0) + (rnd.nextDouble() - 0.5) * 1.4;
            value = (int) Math.max(1, Math.min(5, Math.round(q)));
        }
        long at = p.resolvedAt + 10 * Times.MINUTE + (long) (exponential(6) * Times.HOUR);
        if (at <= asOf) {
            p.rating = value;
            p.ratedAt = at;
        }
    }

    /** SLA cycles that agree with the first agent comment and with every resolution. */
    private void sla(Plan p, long firstResponse) {
        p.sla = rnd.nextDouble() < 0.6;
        if (!p.sla) {
            return;
        }
        p.firstResponseStop = firstResponse <= asOf ? firstResponse : -1;
        long start = p.created;
        for (Plan.History h : p.histories) {
            for (Plan.Item item : h.items()) {
                if (!item.field().equals("resolution")) {
                    continue;
                }
                if (item.to() != null) {
                    p.resolutionCycles.add(new long[] {start, h.at()});
                } else {
                    start = h.at();
                }
            }
        }
        if (p.resolution == null) {
            p.resolutionCycles.add(new long[] {start, -1});
        }
    }

    private static User ownerAt(User[] owner, long[] handoffAt, long at) {
        int k = 0;
        while (k < handoffAt.length && handoffAt[k] <= at) {
            k++;
        }
        return owner[k];
    }

    private User customerSide(Plan p) {
        return !p.participants.isEmpty() && rnd.nextDouble() < 0.2 ? p.participants.get(0) : p.reporter;
    }

    private String chaser(Customer c) {
        return pick(c.chinese ? Texts.CHASERS_ZH : Texts.CHASERS);
    }

    private String intent(Customer c) {
        return pick(c.chinese ? Texts.INTENT_ZH : Texts.INTENT_EN);
    }

    private String resolvedText(Plan p, Customer c, boolean wontDo) {
        if (p.churn) {
            return Texts.CHURN_RESOLVED;
        }
        if (wontDo) {
            return Texts.WONT_DO;
        }
        if (c.chinese) {
            return pick(Texts.RESOLVED_ZH);
        }
        return pick(p.requestType == Texts.BILLING ? Texts.RESOLVED_BILLING : Texts.RESOLVED);
    }

    private static void insertByTime(List<Plan.Message> list, Plan.Message m) {
        int i = list.size();
        while (i > 0 && list.get(i - 1).at() > m.at()) {
            i--;
        }
        list.add(i, m);
    }

    private static String name(User u) {
        return u == null ? null : u.name();
    }

    private static String display(User u) {
        return u == null ? null : u.displayName();
    }

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    private int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Exponential draw with the given mean; StrictMath so every JVM gives the same bytes. */
    private double exponential(double mean) {
        return -mean * StrictMath.log(1 - rnd.nextDouble());
    }

    long nextCommentId() {
        return commentId++;
    }
}

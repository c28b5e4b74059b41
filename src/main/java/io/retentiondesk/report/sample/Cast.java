package io.retentiondesk.report.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The people of the sample export: customers with their values and stories, the support team, and the planted
 * tickets the stories need. Built once from its own random stream, so the same seed and customer count give the
 * same cast whatever the number of tickets.
 */
final class Cast {
    final Customer[] customers;
    final User[] agents;
    /** Planted tickets, by time. */
    final List<Script> scripts = new ArrayList<>();
    private final double[] cumulative;
    private final long asOf;

    /**
     * @param plantChurners whether some customers follow a planted churn story; a world whose churn follows hidden
     *                      weights ({@link ChurnHazard}) has none, so that its churn is that world's alone
     */
    Cast(int count, long start, long asOf, boolean plantChurners, SplittableRandom rnd) {
        this.asOf = asOf;
        customers = new Customer[count];
        double[] chineseRoll = new double[count];
        for (int i = 0; i < count; i++) {
            Customer c = new Customer(i);
            c.organization = rnd.nextDouble() >= 0.28;
            c.annualValue = value(c.organization, rnd);
            c.potential = rnd.nextDouble() < 0.15 ? -1 : rnd.nextInt(101);
            double u = rnd.nextDouble();
            c.mood = 0.3 * u * u;
            // bigger customers file more tickets, but far less than in proportion to their value
            c.weight = StrictMath.pow(Math.max(c.annualValue, 500) / 1000.0, 0.08) * (0.75 + 0.5 * rnd.nextDouble())
                    * (c.organization ? 1 : 0.5);
            chineseRoll[i] = rnd.nextDouble();
            customers[i] = c;
        }
        assignStories(count, start, plantChurners, rnd);
        premiumService();
        for (int i = 0; i < count; i++) {
            Customer c = customers[i];
            c.chinese = c.chinese || c.organization && chineseRoll[i] < 0.05;
        }
        name(rnd);
        agents = new User[Texts.AGENTS.length];
        for (int a = 0; a < agents.length; a++) {
            String[] t = Texts.AGENTS[a];
            agents[a] = new User(t[0], "JIRAUSER" + (10000 + a), t[0] + "@support.example.com", t[1],
                    t[1].substring(0, t[1].indexOf(' ')), false);
        }
        int driftRank = 0;
        for (Customer c : customers) {
            if (c.story == Customer.Story.DRIFTING) {
                plantDrift(c, driftRank++, rnd);
            } else if (c.story == Customer.Story.CHURNING) {
                plantChurn(c, rnd);
            }
        }
        scripts.removeIf(s -> s.at < start || s.at >= asOf);
        // stable sort: ties keep customer then step order
        scripts.sort(Comparator.<Script>comparingLong(s -> s.at).thenComparingInt(s -> s.customer.index)
                .thenComparingInt(s -> s.step));
        cumulative = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += customers[i].envelope();
            cumulative[i] = sum;
        }
    }

    /** Annual value, heavy-tailed (Pareto): most customers are small, a few are worth a great deal. */
    private static long value(boolean organization, SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double v = organization ? 1200 * StrictMath.pow(1 - u, -1 / 0.7) : Math.min(25_000, 400 * StrictMath.pow(1 - u, -1 / 1.3));
        v = Math.min(v, 2_000_000);
        long step = v < 10_000 ? 10 : 100;
        return Math.max(step, Math.round(v / step) * step);
    }

    /** Key accounts (top 5 % by value) and major ones (top 20 %) get faster service, as their tier expects. */
    private void premiumService() {
        Integer[] byValue = new Integer[customers.length];
        for (int i = 0; i < byValue.length; i++) {
            byValue[i] = i;
        }
        Arrays.sort(byValue, Comparator.<Integer>comparingLong(i -> -customers[i].annualValue)
                .thenComparingInt(i -> i));
        for (int rank = 0; rank < byValue.length; rank++) {
            double share = rank / (double) byValue.length;
            customers[byValue[rank]].service = share < 0.05 ? 0.2 : share < 0.2 ? 0.45 : 1;
        }
    }

    private void assignStories(int n, long start, boolean plantChurners, SplittableRandom rnd) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        boolean[] taken = new boolean[n];
        int[] cursor = {0};
        int drifting = (int) Math.round(n * 0.04);
        int churning = plantChurners ? (int) Math.round(n * 0.053) : 0;
        int noValue = (int) Math.round(n * 8 / 150.0);
        int zeroValue = n * 2 / 150;
        int unworthy = (int) Math.round(n / 100.0);

        // the most valuable organization drifts away: the at-risk key account a report must surface first
        int top = -1;
        for (int i = 0; i < n; i++) {
            if (customers[i].organization && (top < 0 || customers[i].annualValue > customers[top].annualValue)) {
                top = i;
            }
        }
        for (int k = 0; k < drifting; k++) {
            Customer c = k == 0 && top >= 0 ? customers[top] : customers[next(perm, taken, cursor)];
            taken[c.index] = true;
            c.story = Customer.Story.DRIFTING;
            c.driftFrom = asOf - 90 * Times.DAY;
            c.driftTo = asOf;
            if (k == 1) {
                // one drifting organization writes in Chinese, so intent detection meets CJK text
                c.organization = true;
                c.chinese = true;
            }
        }
        // churn dates spread over the 15 months before asOf; the earliest customers still have history before
        int[] typeOrder = {Customer.DISSATISFACTION, Customer.COMPETITION, Customer.PRICE, Customer.NATURAL};
        long span = Math.min(440 * Times.DAY, asOf - start - 60 * Times.DAY);
        for (int k = 0; k < churning; k++) {
            Customer c = customers[next(perm, taken, cursor)];
            c.story = Customer.Story.CHURNING;
            c.churnType = typeOrder[k % typeOrder.length];
            long before = 12 * Times.DAY + (long) ((k + rnd.nextDouble()) * span / churning);
            c.churnAt = Times.startOfDay(asOf - before) + 9 * Times.HOUR + rnd.nextLong(8 * Times.HOUR);
            c.churnRecorded = k % 3 != 0; // the others are known only from their "Churned" ticket
        }
        for (int k = 0; k < noValue; k++) {
            customers[next(perm, taken, cursor)].valueRow = false;
        }
        for (int k = 0; k < zeroValue; k++) {
            customers[next(perm, taken, cursor)].annualValue = 0;
        }
        for (int k = 0; k < unworthy; k++) {
            Customer c = customers[next(perm, taken, cursor)];
            c.unworthy = true;
            c.mood = 0.5; // abusive, complains about everything
        }
        for (int i = 0; i < n; i++) {
            Customer c = customers[perm[i]];
            if (!taken[c.index] && rnd.nextDouble() < 0.25) {
                c.story = Customer.Story.HAPPY;
                c.mood = 0.03 * rnd.nextDouble();
            }
        }
    }

    private static int next(int[] perm, boolean[] taken, int[] cursor) {
        while (cursor[0] < perm.length && taken[perm[cursor[0]]]) {
            cursor[0]++;
        }
        if (cursor[0] == perm.length) {
            // fewer customers than stories: reuse the last one rather than fail
            return perm[perm.length - 1];
        }
        int i = perm[cursor[0]++];
        taken[i] = true;
        return i;
    }

    private void name(SplittableRandom rnd) {
        int orgs = 0;
        int chineseOrgs = 0;
        int userSeq = 100;
        for (Customer c : customers) {
            String domain;
            if (c.organization) {
                c.orgId = ++orgs;
                if (c.chinese) {
                    int k = chineseOrgs++;
                    int round = k / Texts.ZH_ORGS.length;
                    c.key = Texts.ZH_ORGS[k % Texts.ZH_ORGS.length] + (round > 0 ? " " + (round + 1) : "");
                    domain = Texts.ZH_ORG_DOMAINS[k % Texts.ZH_ORGS.length] + (round > 0 ? round + 1 : "") + ".example";
                } else {
                    c.key = orgName(orgs - 1);
                    domain = c.key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".example";
                }
            } else {
                domain = "mail.example";
            }
            int reporters = c.organization ? 2 + rnd.nextInt(3) + (c.annualValue > 100_000 ? 2 : 0) : 1;
            c.reporters = new User[reporters];
            for (int r = 0; r < reporters; r++) {
                c.reporters[r] = person(c.chinese, domain, userSeq++, rnd);
            }
            if (!c.organization) {
                c.key = c.reporters[0].name();
            }
        }
    }

    /** Unique by construction: a bijection over word × suffix, then numbered rounds. */
    private static String orgName(int k) {
        if (k % 47 == 5) {
            int n = k / 47;
            int round = n / Texts.ORG_WITH_COMMA.length;
            return Texts.ORG_WITH_COMMA[n % Texts.ORG_WITH_COMMA.length] + (round > 0 ? " " + (round + 1) : "");
        }
        int combos = Texts.ORG_WORDS.length * Texts.ORG_SUFFIXES.length;
        int combo = (int) ((k * 7919L) % combos);
        int round = k / combos;
        return Texts.ORG_WORDS[combo % Texts.ORG_WORDS.length] + " "
                + Texts.ORG_SUFFIXES[combo / Texts.ORG_WORDS.length] + (round > 0 ? " " + (round + 1) : "");
    }

    private static User person(boolean chinese, String domain, int seq, SplittableRandom rnd) {
        String key = "JIRAUSER" + (10000 + seq);
        if (chinese) {
            String[] s = Texts.ZH_SURNAMES[rnd.nextInt(Texts.ZH_SURNAMES.length)];
            String[] g = Texts.ZH_GIVEN[rnd.nextInt(Texts.ZH_GIVEN.length)];
            String name = s[1] + "." + g[1] + seq;
            return new User(name, key, name + "@" + domain, s[0] + g[0], s[0] + g[0], true);
        }
        String first = Texts.FIRST_NAMES[rnd.nextInt(Texts.FIRST_NAMES.length)];
        String[] last = Texts.LAST_NAMES[rnd.nextInt(Texts.LAST_NAMES.length)];
        String name = Character.toLowerCase(first.charAt(0)) + last[1] + seq;
        return new User(name, key, name + "@" + domain, first + " " + last[0], first, false);
    }

    /**
     * The last three months of a customer on its way out: a surge of tickets about one problem that keeps coming
     * back (re-opened, handed around), a complaint with churn intent and a low rating, a refund request, and the
     * same problem open again at the end.
     */
    private void plantDrift(Customer c, int rank, SplittableRandom rnd) {
        long surge = asOf - (28 + rnd.nextInt(30)) * Times.DAY + rnd.nextLong(Times.DAY);
        int problem = rnd.nextInt(Texts.SUMMARIES[Texts.BUG].length);
        if (rank % 2 == 0) {
            // an earlier complaint, recovered by a good callback: the next one is a repeat complaint
            Script s = add(surge - (40 + rnd.nextInt(10)) * Times.DAY, c, 0);
            s.requestType = Texts.COMPLAINT;
            s.summaryIndex = 5;
            s.callback = Script.CALLBACK_SATISFIED;
        }
        Script first = add(surge, c, 1);
        first.requestType = Texts.BUG;
        first.summaryIndex = problem;
        first.reopens = 1;
        first.trouble = 0.7;
        Script again = add(surge + (3 + rnd.nextInt(5)) * Times.DAY, c, 2);
        again.requestType = Texts.BUG;
        again.summaryIndex = problem;
        again.handoffs = 2 + rnd.nextInt(2);
        again.trouble = 0.8;
        Script complaint = add(surge + (9 + rnd.nextInt(5)) * Times.DAY, c, 3);
        complaint.requestType = Texts.COMPLAINT;
        complaint.summaryIndex = 0;
        complaint.intentComment = true;
        complaint.rating = 1;
        complaint.trouble = 0.9;
        complaint.callback = switch (rank % 3) {
            case 0 -> Script.CALLBACK_FAILED;
            case 1 -> Script.CALLBACK_NONE;
            default -> Script.CALLBACK_SATISFIED;
        };
        Script refund = add(surge + (15 + rnd.nextInt(5)) * Times.DAY, c, 4);
        refund.requestType = Texts.BILLING;
        refund.summary = c.chinese ? "Refund request for the outage / 故障期间退款" : "Refund for the days the service was down";
        refund.intentInDescription = true;
        refund.rating = 2;
        refund.trouble = 0.9;
        Script open = add(asOf - (1 + rnd.nextInt(5)) * Times.DAY, c, 5);
        open.requestType = Texts.BUG;
        open.summaryIndex = problem;
        open.keepOpen = true;
        open.intentComment = rank % 2 == 1;
        open.trouble = 1;
    }

    /** The weeks before a churn, by its type, ending in a ticket resolved "Churned" at the churn time. */
    private void plantChurn(Customer c, SplittableRandom rnd) {
        long at = c.churnAt;
        switch (c.churnType) {
            case Customer.DISSATISFACTION -> {
                Script complaint = add(at - (45 + rnd.nextInt(10)) * Times.DAY, c, 0);
                complaint.requestType = Texts.COMPLAINT;
                complaint.summaryIndex = 2;
                complaint.rating = 1;
                complaint.callback = Script.CALLBACK_FAILED;
                Script bug = add(at - (25 + rnd.nextInt(10)) * Times.DAY, c, 1);
                bug.requestType = Texts.BUG;
                bug.reopens = 1;
                bug.handoffs = 2;
            }
            case Customer.COMPETITION -> {
                Script bug = add(at - (35 + rnd.nextInt(10)) * Times.DAY, c, 0);
                bug.requestType = Texts.BUG;
                bug.intentComment = true;
                bug.handoffs = 3;
            }
            case Customer.PRICE -> {
                Script price = add(at - (30 + rnd.nextInt(10)) * Times.DAY, c, 0);
                price.requestType = Texts.BILLING;
                price.summaryIndex = 6;
                price.rating = 2;
            }
            default -> {
                // NATURAL: nothing went wrong, the customer simply closed
            }
        }
        Script churn = add(at - (3 + rnd.nextInt(6)) * Times.DAY, c, 9);
        churn.requestType = Texts.BILLING;
        churn.summary = Texts.CHURN_SUMMARIES[c.churnType];
        churn.description = Texts.CHURN_DESCRIPTIONS[c.churnType];
        churn.churn = true;
    }

    private Script add(long at, Customer c, int step) {
        Script s = new Script(at, c, step);
        scripts.add(s);
        return s;
    }

    /**
     * A customer for an unplanned ticket at time t, by weight; rejection sampling against a fixed envelope keeps
     * it O(log customers) while weights change over time (drift, churn).
     */
    Customer pick(long t, SplittableRandom rnd) {
        double total = cumulative[cumulative.length - 1];
        for (int attempt = 0; attempt < 64; attempt++) {
            double x = rnd.nextDouble() * total;
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            Customer c = customers[lo];
            double envelope = c.envelope();
            if (rnd.nextDouble() * envelope < c.weight(t)) {
                return c;
            }
        }
        // nearly everyone has left (tiny casts only): take the first customer still there
        int from = rnd.nextInt(customers.length);
        for (int k = 0; k < customers.length; k++) {
            Customer c = customers[(from + k) % customers.length];
            if (c.weight(t) > 0) {
                return c;
            }
        }
        return customers[from];
    }
}

package io.marketpilot.automation.segment;

import java.util.List;

/**
 * Evaluates conditions for one customer at one instant and, on the way, finds the next instant at which time alone
 * could change a result ({@link #next}). Children are not short-circuited, so {@code next} covers every leaf.
 */
final class Evaluation {
    private final Plan plan;
    private final OnlineState state;
    private final int customer;
    private final long[] entries;
    private final Population population;
    private final long now;
    private CustomerFacts facts;
    long next = Long.MAX_VALUE;

    Evaluation(Plan plan, OnlineState state, int customer, Population population, long now) {
        this.plan = plan;
        this.state = state;
        this.customer = customer;
        this.entries = state.entries(customer);
        this.population = population;
        this.now = now;
    }

    boolean test(Condition c) {
        return switch (c) {
            case Condition.All all -> {
                boolean r = true;
                for (Condition child : all.children()) {
                    r &= test(child);
                }
                yield r;
            }
            case Condition.Any any -> {
                boolean r = false;
                for (Condition child : any.children()) {
                    r |= test(child);
                }
                yield r;
            }
            case Condition.Not not -> !test(not.child());
            case Condition.InSegment in -> state.member(customer, plan.index.get(in.segment()));
            case Condition.Performed p -> performed(p);
            case Condition.Sequence s -> sequence(s);
            case Condition.Fact f -> fact(f);
        };
    }

    private boolean performed(Condition.Performed p) {
        long[] d = entries;
        int b = Entries.find(d, plan.channelsOf.get(p)[0]);
        long w = p.window().micros();
        double sum = 0;
        for (int i = 0, n = Entries.count(d, b); i < n; i++) {
            long t = Entries.time(d, b, i);
            if (t > now - w && t <= now) {
                sum += Entries.amount(d, b, i);
            }
            later(t > now ? t : t + w);
        }
        double value = p.measure() instanceof Measure.Revenue ? p.value() * 10_000 : p.value();
        return p.compare().test(sum, value);
    }

    private boolean sequence(Condition.Sequence s) {
        int[] ch = plan.channelsOf.get(s);
        long[] d = entries;
        int a = Entries.find(d, ch[0]);
        int b = Entries.find(d, ch[1]);
        long w = s.window().micros();
        long within = s.within().micros();
        boolean found = false;
        for (int i = 0, n = Entries.count(d, a); i < n; i++) {
            long ta = Entries.time(d, a, i);
            later(ta > now ? ta : ta + w);
            if (s.absent() && ta + within > now) {
                later(ta + within);
            }
            if (ta <= now - w || ta > now) {
                continue;
            }
            if (s.absent()) {
                found |= ta + within <= now && !any(d, b, ta, ta + within);
            } else {
                found |= any(d, b, ta, Math.min(ta + within, now));
            }
        }
        for (int j = 0, n = Entries.count(d, b); j < n; j++) {
            long tb = Entries.time(d, b, j);
            later(tb > now ? tb : tb + w);
        }
        return found;
    }

    /** Whether the block has an entry in (from, to]. */
    private static boolean any(long[] d, int b, long from, long to) {
        for (int j = 0, n = Entries.count(d, b); j < n; j++) {
            long t = Entries.time(d, b, j);
            if (t > from && t <= to) {
                return true;
            }
        }
        return false;
    }

    private boolean fact(Condition.Fact f) {
        if (facts == null) {
            facts = population.facts(state.ids.id(customer));
        }
        List<FactValues.Seen> seen = FactValues.of(facts.get(f.kind(), f.name()));
        for (FactValues.Seen v : seen) {
            if (v.at() != null) {
                scheduleAgo(f.operand(), v.at());
            }
        }
        return FactTest.test(f.op(), f.operand(), seen, now);
    }

    private void scheduleAgo(Operand o, long at) {
        switch (o) {
            case Operand.When w when w.ago() != null -> {
                later(at + w.ago().micros());
                later(at + w.ago().micros() + 1);
            }
            case Operand.Range r -> {
                scheduleAgo(r.low(), at);
                scheduleAgo(r.high(), at);
            }
            default -> { }
        }
    }

    private void later(long t) {
        if (t > now && t < next) {
            next = t;
        }
    }
}

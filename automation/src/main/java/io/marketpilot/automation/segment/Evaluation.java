package io.marketpilot.automation.segment;

import java.util.List;

/**
 * Evaluates conditions for one customer at one instant and, on the way, finds the next instant at which time alone
 * could change a result ({@link #next}). Children are not short-circuited, so {@code next} covers every leaf.
 */
final class Evaluation {
    private final Plan plan;
    private final CustomerState state;
    private final Population population;
    private final long now;
    private CustomerFacts facts;
    long next = Long.MAX_VALUE;

    Evaluation(Plan plan, CustomerState state, Population population, long now) {
        this.plan = plan;
        this.state = state;
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
            case Condition.InSegment in -> state.member(plan.index.get(in.segment()));
            case Condition.Performed p -> performed(p);
            case Condition.Sequence s -> sequence(s);
            case Condition.Fact f -> fact(f);
        };
    }

    private boolean performed(Condition.Performed p) {
        Buffer b = state.buffer(plan.channelsOf.get(p)[0]);
        long w = p.window().micros();
        double sum = 0;
        for (int i = 0; b != null && i < b.size(); i++) {
            long t = b.time(i);
            if (t > now - w && t <= now) {
                sum += b.amount(i);
            }
            later(t > now ? t : t + w);
        }
        double value = p.measure() instanceof Measure.Revenue ? p.value() * 10_000 : p.value();
        return p.compare().test(sum, value);
    }

    private boolean sequence(Condition.Sequence s) {
        int[] ch = plan.channelsOf.get(s);
        Buffer a = state.buffer(ch[0]);
        Buffer b = state.buffer(ch[1]);
        long w = s.window().micros();
        long within = s.within().micros();
        boolean found = false;
        for (int i = 0; a != null && i < a.size(); i++) {
            long ta = a.time(i);
            later(ta > now ? ta : ta + w);
            if (s.absent() && ta + within > now) {
                later(ta + within);
            }
            if (ta <= now - w || ta > now) {
                continue;
            }
            if (s.absent()) {
                found |= ta + within <= now && !any(b, ta, ta + within);
            } else {
                found |= any(b, ta, Math.min(ta + within, now));
            }
        }
        for (int j = 0; b != null && j < b.size(); j++) {
            long tb = b.time(j);
            later(tb > now ? tb : tb + w);
        }
        return found;
    }

    /** Whether the buffer has an entry in (from, to]. */
    private static boolean any(Buffer b, long from, long to) {
        for (int j = 0; b != null && j < b.size(); j++) {
            long t = b.time(j);
            if (t > from && t <= to) {
                return true;
            }
        }
        return false;
    }

    private boolean fact(Condition.Fact f) {
        if (facts == null) {
            facts = population.facts(state.userId);
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

package io.marketpilot.automation.segment;

import io.marketpilot.core.event.EventType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a condition tree into a boolean SQL expression over {@code u.user_id}, with one CTE {@code lN} per
 * event or fact leaf (referenced segments are inlined). Literals are inlined, strings quoted with '' doubled.
 */
final class SqlPlan {
    record FactRef(FactKind kind, String name) {}

    final List<String> ctes = new ArrayList<>();
    final Set<FactRef> facts = new LinkedHashSet<>();
    final Set<String> categories = new LinkedHashSet<>();
    final long now;
    long longest;
    private final Function<SegmentId, SegmentDefinition> resolve;

    SqlPlan(Function<SegmentId, SegmentDefinition> resolve, long now) {
        this.resolve = resolve;
        this.now = now;
    }

    String expression(Condition c) {
        return switch (c) {
            case Condition.All all -> all.children().stream().map(this::expression).collect(Collectors.joining(" AND ", "(", ")"));
            case Condition.Any any -> any.children().stream().map(this::expression).collect(Collectors.joining(" OR ", "(", ")"));
            case Condition.Not not -> "(NOT " + expression(not.child()) + ")";
            case Condition.InSegment in -> expression(resolve.apply(in.segment()).condition());
            case Condition.Performed p -> performed(p);
            case Condition.Sequence s -> leaf(sequence(s));
            case Condition.Fact f -> leaf(fact(f));
        };
    }

    /**
     * Whether a customer with no events and no facts meets the condition: only then must every known customer be
     * in the query's universe; otherwise customers with events in the window or with a referenced fact suffice.
     */
    boolean emptyCustomerQualifies(Condition c) {
        return switch (c) {
            case Condition.All all -> all.children().stream().allMatch(this::emptyCustomerQualifies);
            case Condition.Any any -> any.children().stream().anyMatch(this::emptyCustomerQualifies);
            case Condition.Not not -> !emptyCustomerQualifies(not.child());
            case Condition.InSegment in -> emptyCustomerQualifies(resolve.apply(in.segment()).condition());
            case Condition.Performed p -> p.compare().test(0.0, p.value());
            case Condition.Sequence s -> false;
            case Condition.Fact f -> FactTest.test(f.op(), f.operand(), List.of(), now);
        };
    }

    private String leaf(String cteBody) {
        int i = ctes.size();
        ctes.add("l" + i + " AS (" + cteBody + ")");
        return "(l" + i + ".user_id IS NOT NULL)";
    }

    private String performed(Condition.Performed p) {
        long w = window(p.window());
        int i = ctes.size();
        ctes.add("l" + i + " AS (SELECT user_id, " + aggregate(p.measure()) + " AS v FROM ev WHERE "
                + filter(p.filter(), "ev") + " AND ts > " + (now - w) + " GROUP BY user_id)");
        double value = p.measure() instanceof Measure.Revenue ? p.value() * 10_000 : p.value();
        return "(coalesce(l" + i + ".v, 0) " + p.compare().sql() + " " + number(value) + ")";
    }

    private static String aggregate(Measure m) {
        return switch (m) {
            case Measure.Count c -> "count(*)";
            case Measure.Quantity q -> "sum(quantity)";
            case Measure.Revenue r -> "sum(CAST(coalesce(price, 0) * 10000 AS BIGINT) * quantity)";
            case Measure.Property p -> {
                String v = "json_extract_string(properties, '$.\"" + p.name() + "\"')";
                yield "sum(CASE WHEN regexp_full_match(" + v + ", '" + FactValues.NUMBER_PATTERN + "') THEN CAST("
                        + v + " AS DOUBLE) ELSE 0 END)";
            }
        };
    }

    private String sequence(Condition.Sequence s) {
        long w = window(s.window());
        long within = s.within().micros();
        String a = filter(s.first(), "a") + " AND a.ts > " + (now - w);
        if (s.absent()) {
            return "SELECT DISTINCT a.user_id FROM ev a WHERE " + a + " AND a.ts + " + within + " <= " + now
                    + " AND NOT EXISTS (SELECT 1 FROM ev b WHERE b.user_id = a.user_id AND " + filter(s.then(), "b")
                    + " AND b.ts > a.ts AND b.ts <= a.ts + " + within + ")";
        }
        return "SELECT DISTINCT a.user_id FROM ev a JOIN ev b ON b.user_id = a.user_id AND b.ts > a.ts AND b.ts <= a.ts + "
                + within + " WHERE " + a + " AND " + filter(s.then(), "b");
    }

    private long window(Window w) {
        longest = Math.max(longest, w.micros());
        return w.micros();
    }

    private String filter(EventFilter f, String alias) {
        List<String> parts = new ArrayList<>();
        parts.add("true");
        if (!f.types().isEmpty()) {
            parts.add(alias + ".type IN " + list(f.types().stream().map(EventType::wireName).sorted().toList()));
        }
        if (!f.items().isEmpty()) {
            parts.add(alias + ".item_id IN " + list(f.items().stream().sorted().toList()));
        }
        if (!f.categories().isEmpty()) {
            categories.addAll(f.categories());
            parts.add(alias + ".item_id IN (SELECT k FROM lookup WHERE tag = 'category' AND text IN "
                    + list(f.categories().stream().sorted().toList()) + ")");
        }
        return String.join(" AND ", parts);
    }

    private String fact(Condition.Fact f) {
        facts.add(new FactRef(f.kind(), f.name()));
        String scalar = "tag = " + text(f.kind().tag());
        String pred = switch (f.op()) {
            case EXISTS -> "tag IN (" + text(f.kind().tag()) + ", " + text(f.kind().tag() + "_item") + ")";
            case EQ -> scalar + " AND " + equal(f.operand());
            case NE -> scalar + " AND NOT coalesce(" + equal(f.operand()) + ", false)";
            case IN -> scalar + " AND (" + ((Operand.Values) f.operand()).values().stream().map(this::equal)
                    .collect(Collectors.joining(" OR ")) + ")";
            case CONTAINS -> {
                String needle = text(((Operand.Text) f.operand()).value());
                yield "((tag = " + text(f.kind().tag() + "_item") + " AND text = " + needle + ") OR (" + scalar
                        + " AND contains(text, " + needle + ")))";
            }
            case LT, LE, GT, GE -> scalar + " AND " + ordered(f.op().symbol(), f.operand());
            case BETWEEN -> {
                Operand.Range r = (Operand.Range) f.operand();
                yield scalar + " AND " + ordered(">=", r.low()) + " AND " + ordered("<=", r.high());
            }
        };
        return "SELECT DISTINCT k AS user_id FROM lookup WHERE name = " + text(f.name()) + " AND " + pred;
    }

    private String equal(Operand o) {
        return switch (o) {
            case Operand.Text t -> "text = " + text(t.value());
            case Operand.Flag f -> "text = " + text(f.text());
            case Operand.Number n -> "num = " + number(n.value());
            default -> throw new IllegalArgumentException("not an equality operand: " + o);
        };
    }

    private String ordered(String op, Operand o) {
        if (o instanceof Operand.Number n) {
            return "num " + op + " " + number(n.value());
        }
        return "ts " + op + " " + ((Operand.When) o).micros(now);
    }

    private static String list(List<String> values) {
        return values.stream().map(SqlPlan::text).collect(Collectors.joining(", ", "(", ")"));
    }

    static String text(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String number(double d) {
        return "CAST('" + d + "' AS DOUBLE)";
    }
}

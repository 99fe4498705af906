package io.marketpilot.automation.segment;

import io.marketpilot.core.store.LogQuery;
import io.marketpilot.core.store.LogQuery.LookupRow;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The batch evaluator: compiles a definition to one SQL query over the event log's documented schema (the
 * {@code events} table) and a {@code lookup} table of customers, their referenced facts and the items of the
 * referenced categories, evaluated at a fixed {@code now}. The members are the query's rows (one user id each).
 * Same meaning as {@link LiveSegments}; docs/segments.md shows the SQL of an example.
 */
public final class SegmentSql {
    private final Population population;
    private final ItemCategories categories;

    public SegmentSql(Population population, ItemCategories categories) {
        this.population = population;
        this.categories = categories;
    }

    /** The membership query of {@code definition} at {@code now}; {@code resolve} finds referenced segments. */
    public LogQuery members(SegmentDefinition definition, Function<SegmentId, SegmentDefinition> resolve, Instant now) {
        SqlPlan plan = new SqlPlan(resolve, Times.micros(now));
        String where = plan.expression(definition.condition());
        boolean everyone = plan.emptyCustomerQualifies(definition.condition());
        StringBuilder sql = new StringBuilder("WITH ev AS (SELECT user_id, type, item_id, ts, quantity, price,"
                + " properties FROM events WHERE user_id IS NOT NULL AND event_id NOT LIKE '"
                + LiveSegments.OWN_EVENT_PREFIX + "%' AND ts <= " + plan.now + " AND ts > "
                + (plan.now - Math.max(plan.longest, 1)) + "),\n");
        if (everyone) {
            sql.append("universe AS (SELECT k AS user_id FROM lookup WHERE tag <> 'category' UNION"
                    + " SELECT DISTINCT user_id FROM events WHERE user_id IS NOT NULL AND event_id NOT LIKE '"
                    + LiveSegments.OWN_EVENT_PREFIX + "%')");
        } else {
            // nobody without events in the window or a referenced fact can qualify
            sql.append("universe AS (SELECT k AS user_id FROM lookup WHERE tag <> 'category' UNION"
                    + " SELECT DISTINCT user_id FROM ev)");
        }
        for (int i = 0; i < plan.ctes.size(); i++) {
            sql.append(",\n").append(plan.ctes.get(i));
        }
        sql.append("\nSELECT u.user_id FROM universe u");
        for (int i = 0; i < plan.ctes.size(); i++) {
            sql.append(" LEFT JOIN l").append(i).append(" ON l").append(i).append(".user_id = u.user_id");
        }
        sql.append("\nWHERE ").append(where).append("\nORDER BY 1");
        return new LogQuery(sql.toString(), lookups(everyone, plan.facts, plan.categories));
    }

    private Consumer<Consumer<LookupRow>> lookups(boolean everyone, Set<SqlPlan.FactRef> facts, Set<String> wanted) {
        return sink -> {
            if (!everyone && facts.isEmpty()) {
                categories(wanted, sink);
                return;
            }
            population.forEach((user, f) -> {
                if (everyone) {
                    sink.accept(new LookupRow("customer", user, null, null, null, null));
                }
                for (SqlPlan.FactRef ref : facts) {
                    for (FactValues.Seen v : FactValues.of(f.get(ref.kind(), ref.name()))) {
                        sink.accept(new LookupRow(v.element() ? ref.kind().tag() + "_item" : ref.kind().tag(), user,
                                ref.name(), v.text(), v.num(), v.at()));
                    }
                }
            });
            categories(wanted, sink);
        };
    }

    private void categories(Set<String> wanted, Consumer<LookupRow> sink) {
        if (!wanted.isEmpty()) {
            categories.forEachItem((item, cats) -> {
                Set<String> hit = new LinkedHashSet<>(cats);
                hit.retainAll(wanted);
                hit.forEach(c -> sink.accept(new LookupRow("category", item, null, c, null, null)));
            });
        }
    }
}

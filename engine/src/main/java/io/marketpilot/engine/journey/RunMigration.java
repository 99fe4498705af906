package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.JourneyMigration;
import io.marketpilot.automation.journey.JourneyRun;
import io.marketpilot.automation.journey.MigrationPlan;
import io.marketpilot.engine.state.StateDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Moves the runs waiting in one version of a journey to another, in one transaction: reads them, plans with
 * {@link JourneyMigration} and writes every move (run row, timer, a "migrated" log line) or, when refused, nothing.
 * A dry run plans inside a read and writes nothing.
 */
final class RunMigration {
    private RunMigration() {
    }

    /** Throws NoSuchElementException for an unknown journey or version, IllegalArgumentException for from == to. */
    static JourneyMigrated run(StateDatabase db, Definitions definitions, JourneyPorts ports, String id, int from,
                               int to, Map<String, String> stepMap, boolean dryRun, Instant now) {
        Definitions.Journey j = definitions.journey(id)
                .orElseThrow(() -> new NoSuchElementException("no journey " + id));
        JourneyDefinition source = version(j, from);
        JourneyDefinition target = version(j, to);
        if (from == to) {
            throw new IllegalArgumentException("from and to are both version " + from + "; give two versions of "
                    + id + " (it has " + j.versions().keySet() + ")");
        }
        String what = "migrate journey " + id + " v" + from + " to v" + to;
        return dryRun ? db.read(what, c -> migrate(c, source, target, stepMap, ports, true, now))
                : db.write(what, c -> migrate(c, source, target, stepMap, ports, false, now));
    }

    private static JourneyDefinition version(Definitions.Journey j, int v) {
        JourneyDefinition d = j.versions().get(v);
        if (d == null) {
            throw new NoSuchElementException("journey " + j.row().id() + " has no version " + v + "; its versions are "
                    + j.versions().keySet());
        }
        return d;
    }

    private static JourneyMigrated migrate(Connection c, JourneyDefinition from, JourneyDefinition to,
                                           Map<String, String> stepMap, JourneyPorts ports, boolean dryRun,
                                           Instant now) throws SQLException {
        String id = from.id().value();
        List<RunRow> rows = RunTable.waitingIn(c, id, from.version());
        List<JourneyRun> runs = rows.stream().map(RunRow::state).toList();
        long staying = RunTable.exitedOpen(c, id, from.version());
        MigrationPlan plan = JourneyMigration.plan(from, to, stepMap, runs, now,
                customer -> new StoreCustomerView(ports, customer));
        if (plan instanceof MigrationPlan.Refused refused) {
            return new JourneyMigrated(id, from.version(), to.version(), dryRun, 0, staying, List.of(),
                    refused.blockers().stream().map(b -> new JourneyMigrated.Blocker(b.step(), b.runs(), b.reason()))
                            .toList());
        }
        MigrationPlan.Planned planned = (MigrationPlan.Planned) plan;
        Map<String, RunRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.state().runId(), r));
        Map<List<String>, long[]> counts = new LinkedHashMap<>();
        for (MigrationPlan.Move m : planned.moves()) {
            long[] n = counts.computeIfAbsent(List.of(m.before().stepId(), m.after().stepId()), k -> new long[2]);
            n[0]++;
            n[1] += m.retimed() ? 1 : 0;
            if (!dryRun) {
                TransitionWriter.apply(c, to, byId.get(m.before().runId()), m.transition(), m.before().customerKey(),
                        now);
            }
        }
        List<JourneyMigrated.Move> moves = new ArrayList<>();
        counts.forEach((k, n) -> moves.add(new JourneyMigrated.Move(k.get(0), k.get(1), n[0], n[1])));
        return new JourneyMigrated(id, from.version(), to.version(), dryRun, planned.moves().size(), staying, moves,
                List.of());
    }
}

package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.JourneyMigration;
import io.marketpilot.automation.journey.MigrationPlan;
import io.marketpilot.engine.state.StateDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Moves the runs waiting in one version of a journey to another, in one transaction: plans every page of runs
 * with {@link JourneyMigration} and, only when no page is refused, plans and writes them again (run row, timer, a
 * "migrated" log line). Paging keeps memory bounded for a million waiting customers; both passes see the same rows
 * (one transaction under the journeys lock, with the same instant), so they decide the same. A dry run plans
 * inside a read and writes nothing.
 */
final class RunMigration {
    private RunMigration() {
    }

    /** Throws NoSuchElementException for an unknown journey or version, IllegalArgumentException for from == to. */
    static JourneyMigrated run(StateDatabase db, Definitions definitions, JourneyPorts ports, int page, String id,
                               int from, int to, Map<String, String> stepMap, boolean dryRun, Instant now) {
        Definitions.Journey j = definitions.journey(id)
                .orElseThrow(() -> new NoSuchElementException("no journey " + id));
        JourneyDefinition source = version(j, from);
        JourneyDefinition target = version(j, to);
        if (from == to) {
            throw new IllegalArgumentException("from and to are both version " + from + "; give two versions of "
                    + id + " (it has " + j.versions().keySet() + ")");
        }
        Pass pass = new Pass(source, target, stepMap, ports, now, page);
        String what = "migrate journey " + id + " v" + from + " to v" + to;
        if (dryRun) {
            return db.read(what, c -> pass.run(c, false).result(true));
        }
        return db.write(what, c -> {
            Totals checked = pass.run(c, false);
            return checked.refused() ? checked.result(false) : pass.run(c, true).result(false);
        });
    }

    private static JourneyDefinition version(Definitions.Journey j, int v) {
        JourneyDefinition d = j.versions().get(v);
        if (d == null) {
            throw new NoSuchElementException("journey " + j.row().id() + " has no version " + v + "; its versions are "
                    + j.versions().keySet());
        }
        return d;
    }

    /** One pass over every waiting run of {@code from}, page by page; writes the moves when asked. */
    private record Pass(JourneyDefinition from, JourneyDefinition to, Map<String, String> stepMap, JourneyPorts ports,
                        Instant now, int pageSize) {
        Totals run(Connection c, boolean write) throws SQLException {
            String id = from.id().value();
            Totals totals = new Totals(id, from.version(), to.version(), RunTable.exitedOpen(c, id, from.version()));
            RunRow after = null;
            List<RunRow> page;
            do {
                page = RunTable.waitingIn(c, id, from.version(), after, pageSize);
                Map<String, RunRow> byId = new LinkedHashMap<>();
                page.forEach(r -> byId.put(r.state().runId(), r));
                MigrationPlan plan = JourneyMigration.plan(from, to, stepMap,
                        page.stream().map(RunRow::state).toList(), now, customer -> new StoreCustomerView(ports, customer));
                switch (plan) {
                    case MigrationPlan.Refused r -> {
                        if (write) {
                            throw new IllegalStateException("runs changed during the migration of " + id);
                        }
                        r.blockers().forEach(totals::blocked);
                    }
                    case MigrationPlan.Planned p -> {
                        for (MigrationPlan.Move m : p.moves()) {
                            totals.moved(m);
                            if (write) {
                                TransitionWriter.apply(c, to, byId.get(m.before().runId()), m.transition(),
                                        m.before().customerKey(), now);
                            }
                        }
                    }
                }
                after = page.isEmpty() ? null : page.getLast();
            } while (page.size() == pageSize);
            return totals;
        }
    }

    /** The counts of a pass: moves by step, blockers by step and reason (summed over pages). */
    private static final class Totals {
        private final String journey;
        private final int from;
        private final int to;
        private final long staying;
        private final Map<List<String>, long[]> moves = new LinkedHashMap<>();
        private final Map<List<String>, Long> blockers = new LinkedHashMap<>();
        private long migrated;

        Totals(String journey, int from, int to, long staying) {
            this.journey = journey;
            this.from = from;
            this.to = to;
            this.staying = staying;
        }

        void moved(MigrationPlan.Move m) {
            long[] n = moves.computeIfAbsent(List.of(m.before().stepId(), m.after().stepId()), k -> new long[2]);
            n[0]++;
            n[1] += m.retimed() ? 1 : 0;
            migrated++;
        }

        void blocked(MigrationPlan.Blocker b) {
            blockers.merge(List.of(b.step(), b.reason()), b.runs(), Long::sum);
        }

        boolean refused() {
            return !blockers.isEmpty();
        }

        JourneyMigrated result(boolean dryRun) {
            if (refused()) {
                List<JourneyMigrated.Blocker> out = new ArrayList<>();
                blockers.forEach((k, n) -> out.add(new JourneyMigrated.Blocker(k.get(0), n, k.get(1))));
                return new JourneyMigrated(journey, from, to, dryRun, 0, staying, List.of(), out);
            }
            List<JourneyMigrated.Move> out = new ArrayList<>();
            moves.forEach((k, n) -> out.add(new JourneyMigrated.Move(k.get(0), k.get(1), n[0], n[1])));
            return new JourneyMigrated(journey, from, to, dryRun, migrated, staying, out, List.of());
        }
    }
}

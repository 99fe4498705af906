package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.EntryHistory;
import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.JourneyMachine;
import io.marketpilot.automation.journey.Transition;
import io.marketpilot.automation.journey.Trigger;
import io.marketpilot.automation.journey.Triggers;
import io.marketpilot.core.event.Event;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One batch of stored events, in one transaction: every open run of the event's customer hears the event
 * (conversion, exit rules, a wait for an event), then the event triggers entries the entry policy allows, and
 * purchases re-arm inactivity timers. Events of anonymous visitors are ignored (no one to reach).
 */
final class EventPass {
    private final Definitions definitions;
    private final JourneyMachine machine;
    private final JourneyPorts ports;

    EventPass(Definitions definitions, JourneyMachine machine, JourneyPorts ports) {
        this.definitions = definitions;
        this.machine = machine;
        this.ports = ports;
    }

    /** Applies the batch inside the caller's transaction; returns how many transitions were written. */
    int apply(Connection c, List<Event> stored, Instant now) throws SQLException {
        List<JourneyDefinition> active = definitions.activeLatest();
        if (active.isEmpty()) {
            return 0;
        }
        Set<String> users = new LinkedHashSet<>();
        for (Event e : stored) {
            if (e.userId() != null) {
                users.add(e.userId().value());
            }
        }
        if (users.isEmpty()) {
            return 0;
        }
        Map<String, List<RunRow>> open = RunTable.openOf(c, users);
        Map<String, Set<String>> itemCategories = new HashMap<>();
        Function<String, Set<String>> categories = item -> itemCategories.computeIfAbsent(item, ports.categories());
        Entries entries = new Entries(c, active, stored, categories);
        int written = 0;
        for (Event e : stored) {
            if (e.userId() == null) {
                continue;
            }
            String user = e.userId().value();
            StoreCustomerView view = new StoreCustomerView(ports, user, categories);
            List<RunRow> runs = open.getOrDefault(user, List.of());
            List<RunRow> still = new ArrayList<>(runs.size());
            for (RunRow r : runs) {
                if (!definitions.active(r.state().journeyId().value())) {
                    still.add(r);
                    continue;
                }
                JourneyDefinition d = definitions.version(r.state().journeyId().value(), r.state().version()).orElse(null);
                if (d == null) {
                    still.add(r);
                    continue;
                }
                Transition t = machine.onEvent(d, r.state(), e, now, view);
                if (t.effects().isEmpty() && r.state().equals(t.run())) {
                    still.add(r);
                    continue;
                }
                RunRow after = TransitionWriter.apply(c, d, r, t, user, now);
                written++;
                if (after.open()) {
                    still.add(after);
                }
            }
            for (JourneyDefinition d : entries.triggered(e)) {
                if (entries.mayEnter(d, user, now)) {
                    Transition t = machine.enter(d, user, now, view);
                    RunRow row = TransitionWriter.apply(c, d, null, t, user, now);
                    entries.entered(d, user, now, row.active());
                    written++;
                    if (row.open()) {
                        still.add(row);
                    }
                }
            }
            open.put(user, still);
            InactivityTimers.purchased(c, active, e);
        }
        return written;
    }

    /** The entry side of a batch: which journeys an event triggers, and the policy with histories kept current. */
    private final class Entries {
        private final Connection c;
        private final Map<String, Map<String, EntryHistory>> histories = new HashMap<>();
        private final Map<String, Long> activeRuns = new HashMap<>();
        private final List<JourneyDefinition> onEvent = new ArrayList<>();
        private final Function<String, Set<String>> categories;

        Entries(Connection c, List<JourneyDefinition> active, List<Event> stored,
                Function<String, Set<String>> categories) throws SQLException {
            this.c = c;
            this.categories = categories;
            for (JourneyDefinition d : active) {
                if (d.trigger() instanceof Trigger.OnEvent) {
                    onEvent.add(d);
                }
            }
            for (JourneyDefinition d : onEvent) {
                Set<String> who = new LinkedHashSet<>();
                for (Event e : stored) {
                    if (e.userId() != null && Triggers.triggeredBy(d, e, categories)) {
                        who.add(e.userId().value());
                    }
                }
                if (!who.isEmpty()) {
                    histories.put(d.id().value(), RunTable.histories(c, d.id().value(), who));
                }
            }
        }

        List<JourneyDefinition> triggered(Event e) {
            List<JourneyDefinition> out = new ArrayList<>();
            for (JourneyDefinition d : onEvent) {
                if (histories.containsKey(d.id().value()) && Triggers.triggeredBy(d, e, categories)) {
                    out.add(d);
                }
            }
            return out;
        }

        boolean mayEnter(JourneyDefinition d, String user, Instant now) throws SQLException {
            EntryHistory h = histories.get(d.id().value()).getOrDefault(user, EntryHistory.NONE);
            long running = d.limits().maxConcurrentRuns() > 0 ? activeRuns(d) : 0;
            return Entering.allowed(c, d, user, h, running, now);
        }

        private long activeRuns(JourneyDefinition d) throws SQLException {
            Long n = activeRuns.get(d.id().value());
            if (n == null) {
                n = RunTable.activeCount(c, d.id().value());
                activeRuns.put(d.id().value(), n);
            }
            return n;
        }

        void entered(JourneyDefinition d, String user, Instant now, boolean stillActive) {
            Map<String, EntryHistory> h = histories.get(d.id().value());
            EntryHistory before = h.getOrDefault(user, EntryHistory.NONE);
            h.put(user, new EntryHistory(before.entries() + 1, now, stillActive));
            activeRuns.computeIfPresent(d.id().value(), (k, n) -> stillActive ? n + 1 : n);
        }
    }
}

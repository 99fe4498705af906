package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.JourneyMachine;
import io.marketpilot.automation.journey.Transition;
import io.marketpilot.engine.state.StateDatabase;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Run timers due now, {@code batch} runs per transaction, earliest first: each run's {@code onTimer} transition is
 * written with its intents. A crash mid-pass loses nothing: the runs not yet written are still due on restart.
 */
final class TimerPass {
    private final StateDatabase db;
    private final Definitions definitions;
    private final JourneyMachine machine;
    private final JourneyPorts ports;
    private final int batch;

    TimerPass(StateDatabase db, Definitions definitions, JourneyMachine machine, JourneyPorts ports, int batch) {
        this.db = db;
        this.definitions = definitions;
        this.machine = machine;
        this.ports = ports;
        this.batch = batch;
    }

    int run(Instant now) {
        int moved = 0;
        Set<String> seen = new HashSet<>();
        while (true) {
            List<String> journeys = definitions.activeIds();
            List<RunRow> due = db.read("due journey runs", c -> RunTable.due(c, now, journeys, batch));
            List<RunRow> fresh = due.stream().filter(r -> seen.add(r.state().runId())).toList();
            if (fresh.isEmpty()) {
                return moved;
            }
            moved += db.write("journey timers", c -> {
                int n = 0;
                for (RunRow r : fresh) {
                    JourneyDefinition d = definitions.version(r.state().journeyId().value(), r.state().version())
                            .orElse(null);
                    if (d == null) {
                        continue;
                    }
                    Transition t = machine.onTimer(d, r.state(), now,
                            new StoreCustomerView(ports, r.state().customerKey()));
                    TransitionWriter.apply(c, d, r, t, r.state().customerKey(), now);
                    n++;
                }
                return n;
            });
            if (due.size() < batch) {
                return moved;
            }
        }
    }
}

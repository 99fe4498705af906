package io.marketpilot.automation.journey;

import static io.marketpilot.automation.journey.Journeys.T0;
import static io.marketpilot.automation.journey.Journeys.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyStatsTest {
    private final JourneyMachine machine = new JourneyMachine();
    private final CustomerView nobody = CustomerView.unknown();

    @Test
    void foldsEntriesStepsExitsConversionsAndGroups() {
        JourneyDefinition d = Journeys.valid(Journeys.journey("{'id': 's', 'type': 'split', 'holdout_percent': 20,"
                + " 'arms': [{'name': 'go', 'next': 'w'}]}, {'id': 'w', 'type': 'wait', 'duration': '1d', 'next': 'done'},"
                + " {'id': 'done', 'type': 'exit'}", "'goal': {'event': {'type': 'purchase'}, 'window': '7d'},"
                + " 'exit_rules': [{'reason': 'purchased', 'event': {'type': 'purchase'}}]"));
        JourneyStats stats = new JourneyStats();
        long held = 0;
        long heldConverted = 0;
        long treatedConverted = 0;
        long purchasedTreated = 0;
        int n = 1000;
        Instant hour = T0.plus(Duration.ofHours(1));
        for (int i = 0; i < n; i++) {
            Transition t = machine.enter(d, "c" + i, T0, nobody);
            stats.addAll(t.runId(), t.effects());
            boolean holdout = t.run().holdout();
            held += holdout ? 1 : 0;
            if (i % 3 == 0) { // a third buy within the hour
                Transition b = machine.onEvent(d, t.run(), event(EventType.PURCHASE, "c" + i, hour), hour, nobody);
                stats.addAll(t.run().runId(), b.effects());
                heldConverted += holdout ? 1 : 0;
                treatedConverted += holdout ? 0 : 1;
                purchasedTreated += holdout ? 0 : 1;
            }
        }
        JourneyReport r = stats.report();
        assertThat(r.entered()).isEqualTo(n);
        assertThat(r.converted()).isEqualTo(334);
        assertThat(r.holdout()).isEqualTo(new JourneyReport.Group(held, heldConverted));
        assertThat(r.treated()).isEqualTo(new JourneyReport.Group(n - held, treatedConverted));
        assertThat(r.arms().keySet()).containsExactly("go", "holdout");
        assertThat(r.exitedByReason()).isEqualTo(Map.of("purchased", 334L));
        // the rest are waiting: treated in the wait step, held-out ones at the split
        assertThat(r.inStep()).isEqualTo(Map.of("w", n - held - purchasedTreated, "s", held - heldConverted));
        assertThat(r.lift()).isCloseTo(r.treated().rate() - r.holdout().rate(), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void anEmptyLogIsAnEmptyReport() {
        JourneyReport r = new JourneyStats().report();
        assertThat(r.entered()).isZero();
        assertThat(r.treated().rate()).isZero();
        assertThat(r.lift()).isZero();
    }
}

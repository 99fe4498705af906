package io.marketpilot.automation.journey;

import static io.marketpilot.automation.journey.Journeys.T0;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunDescriptionTest {
    @Test
    void saysWhereTheCustomerIsAndWhy() {
        JourneyDefinition d = Journeys.valid(Journeys.journey("{'id': 'w', 'type': 'wait_for_event', 'event': {'type':"
                + " 'purchase'}, 'timeout': '1d', 'on_event': 'done', 'on_timeout': 'done'}, {'id': 'done', 'type': 'exit'}",
                "'goal': {'event': {'type': 'purchase'}, 'window': '7d'}"));
        JourneyMachine machine = new JourneyMachine();
        JourneyRun waiting = machine.enter(d, "ann", T0, CustomerView.unknown()).run();
        assertThat(RunDescription.of(d, waiting)).isEqualTo("at step w, waiting for purchase until 2026-03-03T08:00:00Z"
                + " (then done)");
        JourneyRun left = machine.onTimer(d, waiting, waiting.wakeAt(), CustomerView.unknown()).run();
        assertThat(RunDescription.of(d, left)).isEqualTo("left the journey (completed); a purchase until"
                + " 2026-03-09T08:00:00Z still counts as a conversion");
    }
}

package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.Trigger;
import io.marketpilot.automation.journey.Triggers;
import io.marketpilot.core.event.Event;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Every purchase re-arms the customer's inactivity timer of each active inactivity journey. */
final class InactivityTimers {
    private InactivityTimers() {
    }

    static void purchased(Connection c, List<JourneyDefinition> active, Event e) throws SQLException {
        if (e.userId() == null || !Triggers.resetsInactivity(e)) {
            return;
        }
        for (JourneyDefinition d : active) {
            if (d.trigger() instanceof Trigger.Inactivity t) {
                TriggerTimerTable.arm(c, d.id().value(), e.userId().value(), Triggers.inactivityFire(t, e.timestamp()));
            }
        }
    }
}

package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.EntryHistory;
import io.marketpilot.automation.journey.EntryPolicy;
import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.RunIds;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** Whether a customer enters now: the entry policy (re-entry, limits), and no replay of an entry already stored. */
final class Entering {
    private Entering() {
    }

    static boolean allowed(Connection c, JourneyDefinition d, String user, EntryHistory history, long activeRuns,
                           Instant now) throws SQLException {
        if (!EntryPolicy.mayEnter(d, history, activeRuns, now).allowed()) {
            return false;
        }
        // the run id is derived from (journey, version, customer, instant): replaying the same entry finds it
        return !RunTable.exists(c, RunIds.of(d.id(), d.version(), user, now));
    }
}

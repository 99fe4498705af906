package io.marketpilot.engine.journey;

import io.marketpilot.engine.state.StateDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read models: a journey with its versions, and a customer's runs with their history. */
final class Views {
    private Views() {
    }

    static JourneyView journey(StateDatabase db, Definitions.Journey j) {
        String id = j.row().id();
        return db.read("journey " + id, c -> {
            Map<Integer, Long> running = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT version, count(*) FROM journey_runs"
                    + " WHERE journey_id = ? AND active = 1 GROUP BY version")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        running.put(r.getInt(1), r.getLong(2));
                    }
                }
            }
            List<JourneyView.Version> versions = new ArrayList<>();
            Map<String, Object> latest = Map.of();
            for (DefinitionTable.Version v : DefinitionTable.versions(c, id)) {
                versions.add(new JourneyView.Version(v.version(), v.savedAt(), running.getOrDefault(v.version(), 0L)));
                if (v.version() == j.row().latest()) {
                    latest = Json.read(v.doc());
                }
            }
            return new JourneyView(id, j.row().name(), j.row().status(), j.row().latest(), latest, versions);
        });
    }

    static List<CustomerJourney> customer(StateDatabase db, String user) {
        return db.read("journeys of " + user, c -> {
            List<CustomerJourney> out = new ArrayList<>();
            for (RunRow r : RunTable.ofUser(c, user)) {
                var s = r.state();
                out.add(new CustomerJourney(s.runId(), s.journeyId().value(), s.version(), s.active(), s.stepId(),
                        s.stepAt(), Optional.ofNullable(r.waitingFor()), Optional.ofNullable(r.wakeAt()), s.enteredAt(),
                        LogTable.ofRun(c, s.runId()), Optional.ofNullable(s.exitReason()),
                        Optional.ofNullable(r.exitedAt())));
            }
            return out;
        });
    }
}

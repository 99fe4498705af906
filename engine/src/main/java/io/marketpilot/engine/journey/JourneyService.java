package io.marketpilot.engine.journey;

import io.marketpilot.automation.segment.Problem;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.MembershipChange;
import io.marketpilot.engine.state.StateDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Journeys in the engine: save and version definitions, activate and pause them, enter customers on triggers
 * (stored events, segment entries and exits, schedules, date attributes, inactivity), move runs on events and
 * durable timers, perform their actions exactly once, and report. Thread-safe.
 */
public final class JourneyService implements AutoCloseable {
    private final StateDatabase db;
    private final JourneyConfig config;
    private final Clock clock;

    public JourneyService(StateDatabase db, JourneyConfig config, Clock clock, JourneyPorts ports) {
        this.db = db;
        this.config = config;
        this.clock = clock;
    }

    /** Validates and saves a definition: a new journey (draft), or the next version of an existing one. */
    public JourneySaved save(Map<String, Object> json) {
        throw new UnsupportedOperationException("journeys: not yet");
    }

    /** Every problem of a definition with its JSON path; empty when it could be saved. */
    public List<Problem> validate(Map<String, Object> json) {
        throw new UnsupportedOperationException("journeys: not yet");
    }

    public List<JourneySummary> list() {
        throw new UnsupportedOperationException("journeys: not yet");
    }

    public Optional<JourneyView> get(String id) {
        throw new UnsupportedOperationException("journeys: not yet");
    }

    /** Starts entering customers (the latest version); NoSuchElementException for an unknown id. */
    public JourneyView activate(String id) {
        throw new UnsupportedOperationException("journeys: not yet");
    }

    /** Stops entering customers and moving runs until activated again; NoSuchElementException for an unknown id. */
    public JourneyView pause(String id) {
        throw new UnsupportedOperationException("journeys: not yet");
    }

    public Optional<JourneyReport> report(String id) {
        throw new UnsupportedOperationException("journeys: not yet");
    }

    /** Every run of the customer, newest first: where they are in each journey and why. */
    public List<CustomerJourney> customerJourneys(UserId id) {
        throw new UnsupportedOperationException("journeys: not yet");
    }

    /** Called with every batch of stored events: entries, exits, waits for events, conversions. */
    public void eventsStored(List<Event> stored) {
    }

    /** Called with segment entries and exits (registered through {@code segments.listen}). */
    public void membershipsChanged(List<MembershipChange> changes) {
    }

    /**
     * Processes every timer due at the engine clock now (run timers, schedules, date and inactivity triggers) and
     * performs the pending action intents; returns how many runs moved. Tests on simulated time call this.
     */
    public int runDue() {
        return 0;
    }

    /** Runs {@link #runDue} every {@code tick} in the background until closed (servers and the demo). */
    public synchronized void start(Duration tick) {
    }

    @Override
    public synchronized void close() {
    }
}

package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyCatalogue;
import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.JourneyMachine;
import io.marketpilot.automation.journey.JourneyParser;
import io.marketpilot.automation.journey.ParsedJourney;
import io.marketpilot.automation.segment.Problem;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.MembershipChange;
import io.marketpilot.engine.state.StateDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.LoggerFactory;

/**
 * Journeys in the engine: save and version definitions, activate and pause them, enter customers on triggers
 * (stored events, segment entries and exits, schedules, date attributes, inactivity), move runs on events and
 * durable timers, perform their actions exactly once, and report. Thread-safe: every pass that moves runs holds
 * one lock, so a run is never moved by two threads at once.
 */
public final class JourneyService implements AutoCloseable {
    private final StateDatabase db;
    private final JourneyConfig config;
    private final Clock clock;
    private final JourneyPorts ports;
    private final Definitions definitions = new Definitions();
    private final JourneyParser parser = new JourneyParser();
    private final ReentrantLock moving = new ReentrantLock();
    private final EventPass eventPass;
    private final TimerPass timers;
    private final TriggerPass triggers;
    private final IntentPerformer intents;
    private final SegmentChanges segmentChanges;
    private ScheduledExecutorService loop;

    public JourneyService(StateDatabase db, JourneyConfig config, Clock clock, JourneyPorts ports) {
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.ports = ports;
        JourneyMachine machine = new JourneyMachine();
        this.eventPass = new EventPass(definitions, machine, ports);
        this.timers = new TimerPass(db, definitions, machine, ports, config.batch());
        this.triggers = new TriggerPass(db, definitions, machine, ports, config.batch());
        this.segmentChanges = new SegmentChanges(db, definitions, triggers, config.batch());
        this.intents = new IntentPerformer(db, definitions, machine, ports, clock, config.intentBatch());
        db.read("load journeys", c -> {
            definitions.load(DefinitionTable.journeys(c), DefinitionTable.versions(c, null), config.shopZone());
            return null;
        });
    }

    /** Validates and saves a definition: a new journey (draft), or the next version of an existing one. */
    public JourneySaved save(Map<String, Object> json) {
        moving.lock();
        try {
            Optional<Definitions.Journey> existing = Optional.ofNullable(json.get("id")).filter(String.class::isInstance)
                    .flatMap(id -> definitions.journey((String) id));
            ParsedJourney parsed = parse(json, existing);
            if (parsed instanceof ParsedJourney.Invalid invalid) {
                throw new InvalidJourneyException(invalid.problems());
            }
            int version = existing.map(j -> j.row().latest() + 1).orElse(1);
            JourneyDefinition d = parsed.orThrow();
            JourneyDefinition saved = d.version() == version ? d : d.withVersion(version);
            Map<String, Object> doc = new LinkedHashMap<>(json);
            doc.put("version", version);
            Instant now = clock.instant();
            JourneyStatus status = existing.map(j -> j.row().status()).orElse(JourneyStatus.DRAFT);
            db.write("save journey " + saved.id(), c -> {
                DefinitionTable.insert(c, saved.id().value(), saved.name(), version, Json.write(doc), now);
                if (status == JourneyStatus.ACTIVE) {
                    triggers.arm(c, saved, now);
                }
                return null;
            });
            definitions.put(new DefinitionTable.Row(saved.id().value(), saved.name(), status, version, now), saved);
            return new JourneySaved(saved.id().value(), version, existing.isEmpty(), status);
        } finally {
            moving.unlock();
        }
    }

    /** Every problem of a definition with its JSON path; empty when it could be saved. */
    public List<Problem> validate(Map<String, Object> json) {
        Optional<Definitions.Journey> existing = Optional.ofNullable(json.get("id")).filter(String.class::isInstance)
                .flatMap(id -> definitions.journey((String) id));
        return parse(json, existing).problems();
    }

    private ParsedJourney parse(Map<String, Object> json, Optional<Definitions.Journey> existing) {
        JourneyCatalogue known = Catalogues.of(ports, config.shopZone());
        return existing.isPresent() ? parser.parseRevision(json, known, existing.get().latest())
                : parser.parse(json, known);
    }

    public List<JourneySummary> list() {
        return definitions.all().stream().map(j -> new JourneySummary(j.row().id(), j.row().name(), j.row().latest(),
                j.row().status(), db.read("count runs", c -> RunTable.activeCount(c, j.row().id())),
                j.row().updatedAt())).toList();
    }

    public Optional<JourneyView> get(String id) {
        return definitions.journey(id).map(j -> Views.journey(db, j));
    }

    /** Starts entering customers (the latest version); NoSuchElementException for an unknown id. */
    public JourneyView activate(String id) {
        return setStatus(id, JourneyStatus.ACTIVE);
    }

    /**
     * Stops entering customers and moving runs until activated again (their timers and events wait); throws
     * NoSuchElementException for an unknown id.
     */
    public JourneyView pause(String id) {
        return setStatus(id, JourneyStatus.PAUSED);
    }

    private JourneyView setStatus(String id, JourneyStatus status) {
        moving.lock();
        try {
            Definitions.Journey j = definitions.journey(id)
                    .orElseThrow(() -> new NoSuchElementException("no journey " + id));
            Instant now = clock.instant();
            db.write("journey " + id + " " + status.wire(), c -> {
                DefinitionTable.status(c, id, status, now);
                if (status == JourneyStatus.ACTIVE && j.row().status() != JourneyStatus.ACTIVE) {
                    triggers.arm(c, j.latest(), now);
                }
                return null;
            });
            definitions.status(id, status, now);
            return get(id).orElseThrow();
        } finally {
            moving.unlock();
        }
    }

    /**
     * Moves the runs waiting in version {@code from} to version {@code to}, all or none, in one transaction (see
     * {@link io.marketpilot.automation.journey.JourneyMigration} for the rules): a step maps to {@code stepMap}'s
     * entry, else to the step of the same id. A refusal lists every blocking step; a dry run writes nothing.
     * Throws NoSuchElementException for an unknown journey or version.
     */
    public JourneyMigrated migrate(String id, int from, int to, Map<String, String> stepMap, boolean dryRun) {
        moving.lock();
        try {
            return RunMigration.run(db, definitions, ports, config.batch(), id, from, to, stepMap, dryRun,
                    clock.instant());
        } finally {
            moving.unlock();
        }
    }

    public Optional<JourneyReport> report(String id) {
        return definitions.journey(id).map(j -> Reports.of(db, j));
    }

    /** Every run of the customer, newest first: where they are in each journey and why. */
    public List<CustomerJourney> customerJourneys(UserId id) {
        return Views.customer(db, id.value());
    }

    /** An item was added or changed: its categories are read again when an event match needs them. */
    public void catalogueChanged(io.marketpilot.core.catalog.Item item) {
        if (ports.categories() instanceof CategoryCache cache) {
            cache.changed(item.id().value());
        }
    }

    /** Called with every batch of stored events: entries, exits, waits for events, conversions. */
    public void eventsStored(List<Event> stored) {
        if (definitions.activeIds().isEmpty()) {
            return;
        }
        moving.lock();
        try {
            Instant now = clock.instant();
            segmentChanges.apply();
            db.write("journey events", c -> eventPass.apply(c, stored, now));
            intents.run();
        } finally {
            moving.unlock();
        }
    }

    /**
     * Called after an events import (a bulk load that bypasses {@link #eventsStored}): imported events trigger no
     * event journey and move no run (they are history, not news), but every active inactivity journey re-arms its
     * deadlines from the purchase history, so a purchase in the import pushes the customer's deadline.
     */
    public void eventsImported() {
        List<JourneyDefinition> inactivity = definitions.activeLatest().stream()
                .filter(d -> d.trigger() instanceof io.marketpilot.automation.journey.Trigger.Inactivity).toList();
        if (inactivity.isEmpty()) {
            return;
        }
        moving.lock();
        try {
            Instant now = clock.instant();
            for (JourneyDefinition d : inactivity) {
                db.write("journey inactivity deadlines " + d.id(), c -> {
                    triggers.arm(c, d, now);
                    return null;
                });
            }
        } finally {
            moving.unlock();
        }
    }

    /**
     * Called with segment entries and exits (registered through {@code segments.listen("journeys", …)}, on the
     * segment history thread, which keeps this listener's cursor over the durable change history). The changes
     * are written to {@code journey_segment_changes} (durable: a crash before a pass applies them loses none) and
     * applied at once if no pass is running, else by the running pass's next step or the next {@link #runDue}:
     * the history thread never waits for a journey pass (which may itself wait for segment history when it reads
     * a campaign's audience), only for one short write. A failed write throws, so the history does not move this
     * listener's cursor and tells the changes again; a change told twice enters nobody twice (the run id derives
     * from the journey, customer and the change's instant, and a stored run is not entered again).
     */
    public void membershipsChanged(List<MembershipChange> changes) {
        if (definitions.activeIds().isEmpty() || changes.isEmpty()) {
            return;
        }
        segmentChanges.queue(changes);
        if (moving.tryLock()) {
            try {
                segmentChanges.apply();
                intents.run();
            } catch (RuntimeException e) { // queued durably: the next pass applies them
                LoggerFactory.getLogger(JourneyService.class).warn("segment changes not applied yet: {}",
                        e.getMessage());
            } finally {
                moving.unlock();
            }
        }
    }

    /**
     * Processes every timer due at the engine clock now (run timers, schedules, date and inactivity triggers) and
     * performs the pending action intents; returns how many runs moved or entered. Tests on simulated time call
     * this.
     */
    public int runDue() {
        moving.lock();
        try {
            Instant now = clock.instant();
            segmentChanges.apply();
            int n = triggers.run(now) + timers.run(now);
            intents.run();
            return n;
        } finally {
            moving.unlock();
        }
    }

    /** Runs {@link #runDue} every {@code tick} in the background until closed (servers and the demo). */
    public synchronized void start(Duration tick) {
        if (loop == null) {
            loop = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("mp-journeys").factory());
            loop.scheduleWithFixedDelay(() -> {
                try {
                    runDue();
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(JourneyService.class).warn("journey timers failed: {}", e.getMessage());
                }
            }, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void close() {
        if (loop != null) {
            loop.shutdownNow();
            try {
                loop.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loop = null;
        }
    }
}

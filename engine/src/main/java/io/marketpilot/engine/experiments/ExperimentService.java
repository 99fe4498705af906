package io.marketpilot.engine.experiments;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.core.experiment.ExperimentStore;
import io.marketpilot.core.experiment.StoredExperiment;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.engine.ingest.IngestResult;
import io.marketpilot.experiments.assignment.Assigner;
import io.marketpilot.experiments.assignment.Assignment;
import io.marketpilot.experiments.assignment.Holdout;
import io.marketpilot.experiments.assignment.SegmentDirectory;
import io.marketpilot.experiments.assignment.StickyAssignments;
import io.marketpilot.experiments.assignment.Variant;
import io.marketpilot.experiments.report.ExperimentReport;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Experiments in the engine. Definitions and lifecycle live in the {@link ExperimentStore}; each started
 * experiment keeps an in-memory ledger fed by every stored event (exposures and outcomes), rebuilt from the
 * event log on open. {@link #variantFor} is what deciding code calls: it assigns, counts the first exposure of
 * the unit at once and queues its event for the {@link ExposureWriter}, and returns the variant (empty = use the
 * default behaviour). A unit keeps the variant
 * it was first exposed to even if weights change later (the ledger is the sticky memory).
 */
public final class ExperimentService implements AutoCloseable {
    private final ExperimentStore store;
    private final Clock clock;
    private final ExposureWriter exposures;
    private final Map<String, RunningExperiment> started = new ConcurrentHashMap<>();
    private final Assigner assigner;

    public ExperimentService(ExperimentStore store, Clock clock, Function<List<Map<String, Object>>, IngestResult> ingest,
            EventLog events, Holdout holdout, SegmentDirectory segments) {
        this.store = store;
        this.clock = clock;
        PrePeriodRevenue prePeriod = new PrePeriodRevenue(events);
        this.exposures = new ExposureWriter(ingest, 200, pending -> {
            double covariate = prePeriod.of(pending.unit(), pending.at());
            RunningExperiment r = started.get(pending.experiment());
            if (r != null && covariate != 0) {
                r.covariateKnown(pending.unit(), covariate);
            }
            return ExposureEvents.wire(pending.experiment(), pending.unit(), pending.variant(), pending.at(), covariate);
        });
        this.assigner = new Assigner(holdout, segments, new LedgerPins());
    }

    /**
     * Rebuilds the ledgers of started experiments from the event log ({@code scan} streams in time order): all
     * exposures, then all outcomes.
     */
    public void open(BiConsumer<EventQuery, Consumer<Event>> scan) {
        Instant from = null;
        for (StoredExperiment e : store.list()) {
            if (e.status() != ExperimentStatus.DRAFT) {
                started.put(e.id(), new RunningExperiment(e, ExperimentDefinitions.read(e.definition()), 1 << 16));
                from = from == null || e.startedAt().isBefore(from) ? e.startedAt() : from;
            }
        }
        if (from != null) {
            // exposures first: an outcome stored before its exposure event (they are written in batches) and
            // stamped at the same instant still counts, as it did live
            scan.accept(new EventQuery(Set.of(EventType.CUSTOM), from, null, false), e -> {
                if (ExposureEvents.isExposure(e)) {
                    fold(e);
                }
            });
            scan.accept(new EventQuery(Set.of(), from, null, false), e -> {
                if (!ExposureEvents.isExposure(e)) {
                    fold(e);
                }
            });
        }
    }

    public StoredExperiment create(Map<String, Object> document) {
        ExperimentDefinition d = ExperimentDefinitions.read(document);
        return store.create(d.id(), document).orElseThrow(() -> new IllegalStateException(
                "experiment '" + d.id() + "' already exists; choose another id"));
    }

    public List<StoredExperiment> list() {
        return store.list();
    }

    public Optional<StoredExperiment> get(String id) {
        return store.get(id);
    }

    /** Starts a draft; refuses when a running experiment of the same layer owns an overlapping range. */
    public synchronized StoredExperiment start(String id) {
        StoredExperiment e = existing(id);
        ExperimentDefinition d = ExperimentDefinitions.read(e.definition());
        for (RunningExperiment other : started.values()) {
            var od = other.definition().design();
            if (other.stored().status() == ExperimentStatus.RUNNING && d.design().layer() != null
                    && d.design().layer().equals(od.layer()) && d.design().layerRange().overlaps(od.layerRange())) {
                throw new IllegalStateException("experiment '" + id + "' overlaps running experiment '"
                        + other.definition().id() + "' in layer '" + od.layer() + "': give them disjoint layer_range");
            }
        }
        StoredExperiment now = store.transition(id, ExperimentStatus.DRAFT, ExperimentStatus.RUNNING)
                .orElseThrow(() -> new IllegalStateException("experiment '" + id + "' is " + e.status().wireName()
                        + "; only a draft can start"));
        started.put(id, new RunningExperiment(now, d, 1 << 16));
        return now;
    }

    public synchronized StoredExperiment stop(String id) {
        StoredExperiment e = existing(id);
        StoredExperiment now = store.transition(id, ExperimentStatus.RUNNING, ExperimentStatus.STOPPED)
                .orElseThrow(() -> new IllegalStateException("experiment '" + id + "' is " + e.status().wireName()
                        + "; only a running experiment can stop"));
        started.get(id).update(now);
        return now;
    }

    /** The assignment of {@code unit} without using it (no exposure is logged). */
    public Assignment assignment(String id, String unit) {
        StoredExperiment e = existing(id);
        RunningExperiment r = started.get(id);
        return assigner.assign(id, r != null ? r.design() : ExperimentDefinitions.read(e.definition()).design(), unit);
    }

    /**
     * The variant {@code unit} gets at this decision, with its exposure logged the first time; empty when the
     * experiment is not running or the unit is not in it (holdout, targeting, layer, traffic).
     */
    public Optional<Variant> variantFor(String id, String unit) {
        RunningExperiment r = started.get(id);
        if (r == null || r.stored().status() != ExperimentStatus.RUNNING) {
            return Optional.empty();
        }
        if (!(assigner.assign(id, r.design(), unit) instanceof Assignment.Assigned a)) {
            return Optional.empty();
        }
        if (!a.sticky()) {
            Instant now = clock.instant();
            r.exposeNow(unit, a.variant().key(), now);
            exposures.log(new ExposureWriter.Pending(id, unit, a.variant().key(), now));
        }
        return Optional.of(a.variant());
    }

    /** Ids of the running experiments whose {@code decision} satisfies {@code test}, in id order. */
    public List<String> running(java.util.function.Predicate<String> decision) {
        return started.values().stream()
                .filter(r -> r.stored().status() == ExperimentStatus.RUNNING && decision.test(r.definition().decision()))
                .map(r -> r.definition().id()).sorted().toList();
    }

    public ExperimentReport report(String id) {
        existing(id);
        RunningExperiment r = started.get(id);
        if (r == null) {
            throw new IllegalStateException("experiment '" + id + "' has not started; a draft has no report");
        }
        return r.report();
    }

    /** Feeds stored events (live ingestion and imports) to every started experiment. */
    public void eventsStored(List<Event> events) {
        if (started.isEmpty()) {
            return;
        }
        for (Event e : events) {
            if (!e.bot()) {
                fold(e);
            }
        }
    }

    private void fold(Event e) {
        for (RunningExperiment r : started.values()) {
            r.fold(e);
        }
    }

    private StoredExperiment existing(String id) {
        return store.get(id).orElseThrow(() -> new java.util.NoSuchElementException("no experiment '" + id + "'"));
    }

    /** Stores the queued exposure events now (the engine calls it before reports that must be durable, and tests). */
    public void flushExposures() {
        exposures.flush();
    }

    /** Stores the queued exposure events; call before the stores close. */
    @Override
    public void close() {
        exposures.close();
    }

    /** Sticky pins are the ledgers' first exposures, which the event log makes durable. */
    private final class LedgerPins implements StickyAssignments {
        @Override
        public Optional<String> recall(String experiment, String unit) {
            RunningExperiment r = started.get(experiment);
            return r == null ? Optional.empty() : r.exposedVariant(unit);
        }

        @Override
        public void remember(String experiment, String unit, String variant) {
            // the exposure event is the memory
        }
    }
}

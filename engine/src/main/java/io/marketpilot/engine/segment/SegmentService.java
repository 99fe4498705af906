package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.DefinitionParser;
import io.marketpilot.automation.segment.LiveSegments;
import io.marketpilot.automation.segment.Parsed;
import io.marketpilot.automation.segment.Problem;
import io.marketpilot.automation.segment.SegmentDefinition;
import io.marketpilot.automation.segment.SegmentId;
import io.marketpilot.automation.segment.SegmentListener;
import io.marketpilot.automation.segment.SegmentSql;
import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.CustomerStore;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.core.store.SegmentStore;
import io.marketpilot.core.store.StoredSegment;
import io.marketpilot.store.json.JsonCodec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Segments of one engine. Creating one validates it (every problem with its JSON path, nothing saved when any),
 * backfills it with the batch SQL, saves it with its members and adds it to the online state; from then on every
 * stored event, customer change and expiring window updates memberships within the same call or the next tick.
 * Ingestion runs under the read side of a lock whose write side a creation holds only for a moment, while it takes
 * the log position its replay stops at (events stored later reach the new segment through ingest), so no event is
 * missed or counted twice and ingest is not stalled by the backfill.
 */
public final class SegmentService implements AutoCloseable {
    private final SegmentStore store;
    private final Clock clock;
    private final StoreFacts facts;
    private final CatalogueCategories categories;
    private final SegmentLog log;
    private final Backfill backfill;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Replaced whole under the write lock, so readers see a consistent snapshot without locking. */
    private volatile Map<SegmentId, SegmentDefinition> definitions = Map.of();
    private final Map<String, Map<String, Object>> sources = new ConcurrentHashMap<>();
    private volatile LiveSegments live;
    private ExpiryTicker ticker;
    private volatile boolean loaded;
    /** One creation or rebuild at a time (an addition plans on the plan the previous one installed). */
    private final Object creating = new Object();
    private final Creator creator;

    public SegmentService(EventLog events, SegmentStore store, CustomerStore customers, ItemStore items, Clock clock) {
        this(events, store, customers, items, clock, key -> Optional.empty());
    }

    /** With {@code attributes}: the computed attributes (RFM, CLV, affinities …) conditions read, by actor key. */
    public SegmentService(EventLog events, SegmentStore store, CustomerStore customers, ItemStore items, Clock clock,
                          Function<String, Optional<Map<String, Object>>> attributes) {
        this.store = store;
        this.clock = clock;
        this.facts = new StoreFacts(customers, attributes::apply);
        this.categories = new CatalogueCategories(items);
        this.log = new SegmentLog(store, events);
        this.backfill = new Backfill(events, new SegmentSql(facts, categories));
        this.creator = new Creator(lock, backfill, store, clock);
        this.live = new LiveSegments(facts, categories, log);
    }

    /**
     * Re-evaluates expiring windows every {@code tick} once the segments are loaded. Loading is lazy — on the first
     * ingest or segment call — so one-shot commands that never touch segments do not pay for the backfill.
     */
    public void start(Duration tick) {
        log.start(); // named listeners first hear what they missed (changes recorded while they were down)
        ticker = ExpiryTicker.start(() -> {
            if (loaded) {
                live.advance(clock.instant());
            }
        }, tick);
    }

    /** Recomputes the loaded segments from the log (after a bulk import, which bypasses the per-event path). */
    public void importFinished() {
        if (loaded) {
            rebuild(true);
        }
    }

    private void ensureLoaded() {
        if (!loaded) {
            rebuild(false);
        }
    }

    /**
     * Loads the saved segments into a fresh online state (backfilled at now) and records the differences from the
     * stored memberships as entries and exits.
     */
    private void rebuild(boolean again) {
        synchronized (creating) {
            rebuildLocked(again);
        }
    }

    private void rebuildLocked(boolean again) {
        lock.writeLock().lock();
        try {
            if (loaded && !again) {
                return;
            }
            Map<SegmentId, SegmentDefinition> loaded = new LinkedHashMap<>();
            for (StoredSegment s : store.all()) {
                Map<String, Object> json = JsonCodec.readObject(s.definitionJson());
                Parsed parsed = new DefinitionParser(id -> Optional.ofNullable(loaded.get(id))).parse(json);
                if (parsed instanceof Parsed.Valid v) {
                    loaded.put(v.definition().id(), v.definition());
                    sources.put(s.id(), json);
                } else {
                    throw new IllegalStateException("saved segment " + s.id() + " no longer parses: "
                            + ((Parsed.Invalid) parsed).problems());
                }
            }
            LiveSegments fresh = new LiveSegments(facts, categories, log);
            Instant now = clock.instant();
            backfill.into(fresh, List.copyOf(loaded.values()), loaded::get, now);
            Reconcile.changes(store, fresh, loaded.keySet(), now).ifPresent(log::changed);
            definitions = Collections.unmodifiableMap(loaded);
            live = fresh;
            this.loaded = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs an ingestion (append + {@link #eventsStored}) so that no segment creation snapshots in between. */
    public <T> T duringIngest(Supplier<T> ingest) {
        ensureLoaded();
        lock.readLock().lock();
        try {
            return ingest.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public void eventsStored(List<Event> stored) {
        ensureLoaded();
        live.onEvents(stored, clock.instant());
    }

    /** Re-evaluates the customers of an upsert batch (wire records with {@code user_id}). */
    public void customersUpserted(List<? extends Map<String, Object>> batch) {
        List<String> ids = batch.stream().map(r -> r.get("user_id")).filter(Objects::nonNull).map(String::valueOf)
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        ensureLoaded();
        live.customerChanged(ids, clock.instant());
    }

    public void catalogueChanged(Item item) {
        categories.changed(item);
    }

    /**
     * Validates, backfills and saves a definition (JSON-like maps); nothing is saved when there is a problem.
     * Ingest goes on meanwhile: it is held only while the log position the replay stops at is taken and while the
     * new segment is installed (see {@link Addition}); creations and rebuilds run one at a time.
     */
    public SegmentCreation create(Map<String, Object> json) {
        ensureLoaded();
        synchronized (creating) {
            Map<SegmentId, SegmentDefinition> known = definitions;
            Parsed parsed = new DefinitionParser(id -> Optional.ofNullable(known.get(id))).parse(json);
            if (parsed instanceof Parsed.Invalid invalid) {
                return new SegmentCreation.Rejected(invalid.problems());
            }
            SegmentDefinition d = ((Parsed.Valid) parsed).definition();
            if (known.containsKey(d.id())) {
                return new SegmentCreation.Rejected(List.of(new Problem("$.id", "a segment \"" + d.id()
                        + "\" exists already; choose another id")));
            }
            Creator.Prepared prepared = creator.prepare(live, d, json, known::get);
            Map<SegmentId, SegmentDefinition> next = new LinkedHashMap<>(known);
            next.put(d.id(), d);
            definitions = Collections.unmodifiableMap(next);
            sources.put(d.id().value(), json);
            prepared.install(clock);
            return new SegmentCreation.Created(summary(d, prepared.at(), false), prepared.seconds());
        }
    }

    /** Tests only: called at each stage of every creation, on the creating thread. */
    void onCreationStage(Consumer<Creator.Stage> hook) {
        creator.onStage(hook);
    }

    /** The size and the first {@code sample} members (by id) of a draft at now, without saving it. */
    public SegmentPreview preview(Map<String, Object> json, int sample) {
        Map<String, Object> draft = new LinkedHashMap<>(json);
        draft.putIfAbsent("id", "draft");
        ensureLoaded();
        Map<SegmentId, SegmentDefinition> known = definitions;
        Parsed parsed = new DefinitionParser(id -> Optional.ofNullable(known.get(id))).parse(draft);
        if (parsed instanceof Parsed.Invalid invalid) {
            return new SegmentPreview.Rejected(invalid.problems());
        }
        long started = System.nanoTime();
        List<String> members = backfill.members(((Parsed.Valid) parsed).definition(), known::get, clock.instant());
        return new SegmentPreview.Sized(members.size(), members.subList(0, Math.min(sample, members.size())),
                (System.nanoTime() - started) / 1e9);
    }

    /** Every segment in creation order, with its current size. */
    public List<SegmentSummary> list() {
        ensureLoaded();
        List<SegmentSummary> out = new ArrayList<>();
        for (StoredSegment s : store.all()) {
            SegmentDefinition d = definitions.get(new SegmentId(s.id()));
            if (d != null) {
                out.add(summary(d, s.createdAt(), false));
            }
        }
        return out;
    }

    /** One segment with its size over time (evenly spaced since creation); empty if unknown. */
    public Optional<SegmentSummary> get(String id) {
        ensureLoaded();
        log.awaitWritten();
        return store.get(id).flatMap(s -> Optional.ofNullable(definitions.get(new SegmentId(s.id())))
                .map(d -> summary(d, s.createdAt(), true)));
    }

    private SegmentSummary summary(SegmentDefinition d, Instant created, boolean history) {
        List<SegmentSummary.SizeAt> sizes = history ? SizeHistory.of(store, d.id().value(), created, clock.instant())
                : List.of();
        return new SegmentSummary(d.id().value(), d.name(), d.description(), sources.get(d.id().value()), created,
                live.size(d.id()).orElse(0L), sizes);
    }

    /** A page of current members in id order after {@code after}; empty if the segment is unknown. */
    public Optional<List<UserId>> members(String id, String after, int limit) {
        log.awaitWritten();
        return store.get(id).map(s -> store.members(id, after, limit));
    }

    /** The segments the customer is in now, in creation order. */
    public List<String> segmentsOf(UserId user) {
        ensureLoaded();
        return live.segmentsOf(user.value()).stream().map(SegmentId::value).toList();
    }

    /** Whether the actor (user id or {@code anon:} key) is in the segment now; false for an unknown segment. */
    public boolean isMember(String segmentId, String actorKey) {
        ensureLoaded();
        return SegmentId.valid(segmentId) && live.isMember(new SegmentId(segmentId), actorKey);
    }

    /** Adds a listener told of every entry and exit (journeys). */
    public void listen(SegmentListener listener) {
        log.listen(listener);
    }

    /**
     * Adds a named listener told of every entry and exit at least once, in order, from {@link #start} on: it keeps
     * a cursor over the durable change history, so changes recorded while it was down (a crash between the
     * history and the listener) are told again on the next start. The listener must take a repeat harmlessly.
     */
    public void listen(String name, SegmentListener listener) {
        log.listen(name, listener);
    }

    public LiveSegments.StateFootprint footprint() {
        ensureLoaded();
        return live.footprint();
    }

    /** Waits until every entry and exit so far is in the history and the event log (tests, audits). */
    public void awaitHistory() {
        log.awaitWritten();
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.close();
        }
        log.close();
    }
}

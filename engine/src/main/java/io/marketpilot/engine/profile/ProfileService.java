package io.marketpilot.engine.profile;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.customer.Consent;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.CustomerStore;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.features.attribute.AttributeContext;
import io.marketpilot.features.attribute.Attributes;
import io.marketpilot.features.attribute.ShopFit;
import io.marketpilot.features.attribute.ShopFitter;
import io.marketpilot.features.cluster.ClusterModel;
import io.marketpilot.features.cluster.SegmentDiscovery;
import io.marketpilot.features.consent.ConsentLedger;
import io.marketpilot.features.identity.MergeRecord;
import io.marketpilot.features.identity.ProfileBook;
import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.ProfileConfig;
import io.marketpilot.features.profile.ProfileMerge;
import io.marketpilot.features.profile.ProfileReducer;
import io.marketpilot.features.profile.Vocabulary;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Every customer's profile, current within the ingest call that stored the event. Profiles live in memory: they are
 * rebuilt from the event log on first use ({@link #load}; servers call it at start) and after an import
 * ({@link #invalidate}); events stored meanwhile are in the log, so nothing is lost. Shop-wide statistics (RFM cut
 * points, BG/NBD, Gamma-Gamma) are refit after a load and then, in the background, when older than an hour.
 */
public final class ProfileService {
    static final Duration REFIT_EVERY = Duration.ofHours(1);
    private final Clock clock;
    private final EventLog log;
    private final CustomerStore customers;
    private final CatalogueFacts facts;
    private final ProfileConfig config = ProfileConfig.DEFAULT;
    private final String codeVersion;
    private final Object lock = new Object();
    private final Object bufferLock = new Object();
    private List<Event> buffer; // non-null while a load scans the log; guarded by bufferLock
    private final AtomicBoolean refitting = new AtomicBoolean();
    private volatile Vocabulary vocabulary;
    private volatile ProfileBook book;
    private volatile boolean loaded;
    private volatile ShopFit fit;
    private volatile Function<String, List<String>> segments = key -> List.of();

    public ProfileService(Clock clock, EventLog log, ItemStore items, CustomerStore customers, String codeVersion) {
        this.clock = clock;
        this.log = log;
        this.customers = customers;
        this.facts = new CatalogueFacts(items);
        this.codeVersion = codeVersion;
        this.fit = ShopFit.none(clock.instant());
    }

    /**
     * Rebuilds every profile from the event log (bots excluded) unless loaded, then refits the shop statistics. Events
     * stored meanwhile are buffered rather than blocking the ingest path, and folded in after the scan (those the scan
     * already read are ignored as replays).
     */
    public void load() {
        synchronized (lock) {
            if (loaded) {
                return;
            }
            synchronized (bufferLock) {
                buffer = new ArrayList<>();
            }
            Vocabulary v = Vocabulary.create();
            ProfileBook b = new ProfileBook(new ProfileReducer(config, v, facts), new ProfileMerge(config));
            log.scan(new EventQuery(java.util.Set.of(EventType.CUSTOM), null, null, true), e -> {
                if (UnmergeMarker.is(e)) {
                    b.keepApart(UserId.ANONYMOUS_PREFIX + e.anonymousId().value(), e.userId().value());
                }
            });
            log.scan(new EventQuery(java.util.Set.of(), null, null, false), e -> {
                if (!UnmergeMarker.is(e)) {
                    b.apply(e);
                }
            });
            while (true) {
                List<Event> pending;
                synchronized (bufferLock) {
                    pending = buffer;
                    buffer = pending.isEmpty() ? null : new ArrayList<>();
                }
                if (pending.isEmpty()) {
                    break;
                }
                fold(b, pending);
            }
            vocabulary = v;
            book = b;
            loaded = true;
        }
        refit();
    }

    /** Forgets the profiles; the next read rebuilds them from the log (after a bulk import bypassed the live path). */
    public void invalidate() {
        synchronized (lock) {
            loaded = false;
            book = null;
        }
    }

    /** The ingest path's callback: folds durably stored events (replays are ignored by the reducer). */
    public void eventsStored(List<Event> events) {
        synchronized (bufferLock) {
            if (buffer != null) {
                buffer.addAll(events); // a rebuild is scanning the log: it folds these when done
                return;
            }
        }
        synchronized (lock) {
            if (loaded) {
                fold(book, events);
            }
            // not loaded: the next load reads them from the log
        }
    }

    private static void fold(ProfileBook b, List<Event> events) {
        for (Event e : events) {
            if (!e.bot() && !UnmergeMarker.is(e)) {
                b.apply(e);
            }
        }
    }

    public void catalogueChanged(Item item) {
        facts.changed(item);
    }

    /** Where segment memberships come from (the segments module wires itself here); none until then. */
    public void useSegments(Function<String, List<String>> lookup) {
        segments = lookup;
    }

    /** The profile of a user id (or {@code anon:}-prefixed anonymous id); empty when no event and no record exist. */
    public Optional<CustomerProfile> profile(String actorKey) {
        ProfileBook b = current();
        String key = b.resolve(actorKey);
        Optional<Profile> p = b.get(key);
        Optional<Customer> record = key.startsWith(UserId.ANONYMOUS_PREFIX) ? Optional.empty()
                : customers.get(UserId.of(key));
        if (p.isEmpty() && record.isEmpty()) {
            return Optional.empty();
        }
        Profile profile = p.orElse(Profile.empty(key));
        ConsentLedger consent = consent(record, profile);
        Map<String, Object> traits = traits(key).orElse(Map.of());
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Double> sums = new LinkedHashMap<>();
        for (EventType t : EventType.values()) {
            if (profile.count(t) > 0) {
                counts.put(t.wireName(), profile.count(t));
            }
            if (profile.sum(t) != 0) {
                sums.put(t.wireName(), profile.sum(t));
            }
        }
        return Optional.of(new CustomerProfile(key, b.aliases(key), profile.firstSeen(), profile.lastSeen(), counts, sums,
                profile.sessions(), profile.orders(), profile.recentItems(vocabulary), profile.recentCategories(vocabulary),
                traits, Attributes.evaluate(profile, context()), segments.apply(key), consent.states(),
                consent.toLegacy(Consent.DEFAULT), fit.fittedAt()));
    }

    /**
     * What the actor agreed to, per purpose and channel: the customer record's flags (stated at its {@code updated_at})
     * combined with statements carried by events. Journey guards check {@link ConsentLedger#allows} before a send.
     */
    public ConsentLedger consent(String actorKey) {
        ProfileBook b = current();
        String key = b.resolve(actorKey);
        Optional<Customer> record = key.startsWith(UserId.ANONYMOUS_PREFIX) ? Optional.empty()
                : customers.get(UserId.of(key));
        return consent(record, b.get(key).orElse(Profile.empty(key)));
    }

    private static ConsentLedger consent(Optional<Customer> record, Profile profile) {
        return record.map(c -> ConsentLedger.fromLegacy(c.consent(),
                c.updatedAt() == null ? java.time.Instant.EPOCH : c.updatedAt())).orElse(ConsentLedger.EMPTY)
                .combine(profile.consent());
    }

    /** The computed attributes of an actor (segment conditions read these); empty when it has no profile. */
    public Optional<Map<String, Object>> attributes(String actorKey) {
        ProfileBook b = current();
        return b.get(actorKey).map(p -> Attributes.evaluate(p, context()));
    }

    /**
     * An actor's traits as segment conditions see them: the customer record's traits overlaid by those identify events
     * stated; empty when the actor has neither a profile nor a record.
     */
    public Optional<Map<String, Object>> traits(String actorKey) {
        ProfileBook b = current();
        String key = b.resolve(actorKey);
        Optional<Profile> p = b.get(key);
        Optional<Customer> record = key.startsWith(UserId.ANONYMOUS_PREFIX) ? Optional.empty()
                : customers.get(UserId.of(key));
        if (p.isEmpty() && record.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> traits = new LinkedHashMap<>(record.map(Customer::traits).orElse(Map.of()));
        p.ifPresent(x -> traits.putAll(x.traits().values()));
        return Optional.of(traits);
    }

    /** Refits the shop-wide statistics now (also run after a load and, when stale, in the background). */
    public ShopFit refit() {
        ProfileBook b = current();
        List<Profile> all = new ArrayList<>(b.size());
        b.forEach(all::add);
        ShopFit f = new ShopFitter(clock, config.zone(), ShopFit.ClvSettings.DEFAULT, codeVersion).fit(all);
        fit = f;
        return f;
    }

    public ShopFit fit() {
        return fit;
    }

    /** Proposes {@code k} segments by clustering the buyers (see {@link SegmentDiscovery}). */
    public ClusterModel discover(int k, long seed) {
        ProfileBook b = current();
        List<Profile> all = new ArrayList<>(b.size());
        b.forEach(all::add);
        all.sort(java.util.Comparator.comparing(Profile::key)); // a stable order, so a seed gives the same clusters
        return SegmentDiscovery.discover(all, context(), k, seed);
    }

    /**
     * Undoes the merge of an anonymous id into a customer: both profiles are rebuilt from the log, and the undo is
     * recorded in the log ({@link UnmergeMarker}) so it holds across restarts.
     */
    public Optional<MergeRecord> unmerge(String anonymousId) {
        ProfileBook b = current();
        return unmerge(b.resolve(UserId.ANONYMOUS_PREFIX + anonymousId), anonymousId);
    }

    /** Undoes the merge of {@code anonymousId} into {@code customer}; empty when it is not merged into that customer. */
    public Optional<MergeRecord> unmerge(String customer, String anonymousId) {
        ProfileBook b = current();
        synchronized (lock) {
            if (!b.resolve(UserId.ANONYMOUS_PREFIX + anonymousId).equals(customer)
                    || customer.startsWith(UserId.ANONYMOUS_PREFIX)) {
                return Optional.empty();
            }
            Optional<MergeRecord> undone = b.unmerge(UserId.ANONYMOUS_PREFIX + anonymousId,
                    sink -> log.scan(new EventQuery(java.util.Set.of(), null, null, false), e -> {
                        if (!UnmergeMarker.is(e)) {
                            sink.accept(e);
                        }
                    }));
            undone.ifPresent(r -> log.append(List.of(UnmergeMarker.of(r.customerKey(), anonymousId, clock.instant()))));
            return undone;
        }
    }

    public List<MergeRecord> merges() {
        return current().merges();
    }

    public int size() {
        return current().size();
    }

    private AttributeContext context() {
        ShopFit f = fit;
        if (Duration.between(f.fittedAt(), clock.instant()).compareTo(REFIT_EVERY) > 0 && refitting.compareAndSet(false, true)) {
            Thread.ofVirtual().name("profile-refit").start(() -> {
                try {
                    refit();
                } finally {
                    refitting.set(false);
                }
            });
        }
        return new AttributeContext(clock.instant(), vocabulary, config, f);
    }

    private ProfileBook current() {
        if (!loaded) {
            load();
        }
        return book;
    }
}

package io.marketpilot.engine.recommend;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What customers did since the serving models were trained, in memory, so a request sees an event within
 * milliseconds of its ingestion without touching the event log. Keeps the last {@code perActor} item events of each
 * actor (bots never), drops duplicates by event id, and forgets what a newly swapped-in model already learned.
 * Compact because it holds up to {@code perActor} entries for every active customer until the next training: item
 * ids are shared through a bounded canonical map and event ids kept as 64-bit hashes (about 40 bytes an entry instead
 * of about 150 with two strings of its own).
 */
final class RecentActivity {
    /** One interaction since training; {@code eventHash} identifies the event for de-duplication. */
    record Seen(String itemId, EventType type, long timeMillis, long eventHash) {}

    /** Beyond this many distinct item ids, new ones are kept as they come instead of shared. */
    private static final int MAX_SHARED_ITEM_IDS = 2_000_000;

    private final Map<String, Deque<Seen>> byActor = new ConcurrentHashMap<>();
    private final Map<String, String> itemIds = new ConcurrentHashMap<>();
    private final int perActor;

    RecentActivity(int perActor) {
        this.perActor = perActor;
    }

    void record(Collection<Event> events) {
        for (Event e : events) {
            if (e.itemId() == null || e.bot()) {
                continue;
            }
            Seen s = new Seen(shared(e.itemId().value()), e.type(), e.timestamp().toEpochMilli(),
                    hash(e.id().value()));
            byActor.compute(e.actorKey(), (k, q) -> {
                Deque<Seen> d = q == null ? new ArrayDeque<>() : q;
                for (Seen old : d) {
                    if (old.eventHash() == s.eventHash()) {
                        return d;
                    }
                }
                d.addLast(s);
                while (d.size() > perActor) {
                    d.removeFirst();
                }
                return d;
            });
        }
    }

    private String shared(String itemId) {
        String known = itemIds.get(itemId);
        if (known != null) {
            return known;
        }
        if (itemIds.size() >= MAX_SHARED_ITEM_IDS) {
            return itemId;
        }
        String previous = itemIds.putIfAbsent(itemId, itemId);
        return previous == null ? itemId : previous;
    }

    /** A 64-bit FNV-1a hash of the event id: two different ids of one actor colliding is vanishingly unlikely. */
    static long hash(String eventId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < eventId.length(); i++) {
            h = (h ^ eventId.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The actor's interactions since training, oldest first (a copy). */
    List<Seen> of(String actorKey) {
        List<Seen> out = new ArrayList<>();
        byActor.computeIfPresent(actorKey, (k, d) -> {
            out.addAll(d);
            return d;
        });
        out.sort(java.util.Comparator.comparingLong(Seen::timeMillis));
        return out;
    }

    /** Forgets interactions at or before {@code millis}: the new models know them. */
    void forgetUpTo(long millis) {
        byActor.replaceAll((k, d) -> {
            d.removeIf(s -> s.timeMillis() <= millis);
            return d;
        });
        byActor.values().removeIf(Deque::isEmpty);
    }

    /** Forgets bots' interactions once they are detected. */
    void forgetActors(Collection<String> actorKeys) {
        actorKeys.forEach(byActor::remove);
    }

    int actors() {
        return byActor.size();
    }
}

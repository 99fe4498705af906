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
 */
final class RecentActivity {
    /** One interaction since training. */
    record Seen(String itemId, EventType type, long timeMillis, String eventId) {}

    private final Map<String, Deque<Seen>> byActor = new ConcurrentHashMap<>();
    private final int perActor;

    RecentActivity(int perActor) {
        this.perActor = perActor;
    }

    void record(Collection<Event> events) {
        for (Event e : events) {
            if (e.itemId() == null || e.bot()) {
                continue;
            }
            Seen s = new Seen(e.itemId().value(), e.type(), e.timestamp().toEpochMilli(), e.id().value());
            byActor.compute(e.actorKey(), (k, q) -> {
                Deque<Seen> d = q == null ? new ArrayDeque<>() : q;
                for (Seen old : d) {
                    if (old.eventId().equals(s.eventId())) {
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

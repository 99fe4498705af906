package io.marketpilot.automation.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The segments the online state evaluates, in creation order (a segment only references earlier ones, so this
 * order evaluates dependencies first), and the channels their event conditions buffer.
 */
final class Plan {
    final List<SegmentDefinition> segments = new ArrayList<>();
    final Map<SegmentId, Integer> index = new HashMap<>();
    final List<Channel> channels = new ArrayList<>();
    /** Performed → {channel}; Sequence → {first, then}. By identity: each node owns its channels. */
    final Map<Condition, int[]> channelsOf = new IdentityHashMap<>();
    long longestRetention;
    /** Channels from this index on are replayed after the current additions; older ones only see new events. */
    int replayedFrom;
    /**
     * Channels replayed before the current additions whose retention they lengthened, with the retention they had:
     * only their older events are replayed.
     */
    final Map<Integer, Long> extended = new HashMap<>();

    /**
     * An independent copy (an addition is planned on a copy while ingest keeps using this one; channels and
     * definitions are immutable, so only the collections are copied).
     */
    Plan copy() {
        Plan p = new Plan();
        p.segments.addAll(segments);
        p.index.putAll(index);
        p.channels.addAll(channels);
        p.channelsOf.putAll(channelsOf);
        p.longestRetention = longestRetention;
        p.replayedFrom = replayedFrom;
        p.extended.putAll(extended);
        p.byContent.putAll(byContent);
        return p;
    }

    /** Adds a segment and its channels; returns its index. */
    int add(SegmentDefinition d) {
        if (index.containsKey(d.id())) {
            throw new IllegalArgumentException("segment " + d.id() + " is already evaluated");
        }
        register(d.condition());
        int i = segments.size();
        segments.add(d);
        index.put(d.id(), i);
        return i;
    }

    private void register(Condition c) {
        switch (c) {
            case Condition.All all -> all.children().forEach(this::register);
            case Condition.Any any -> any.children().forEach(this::register);
            case Condition.Not not -> register(not.child());
            case Condition.Performed p -> channelsOf.put(p, new int[] {channel(new Channel(p.filter(), p.measure(),
                    p.window().micros()))});
            case Condition.Sequence s -> channelsOf.put(s, new int[] {
                    channel(new Channel(s.first(), new Measure.Count(), s.window().micros())),
                    channel(new Channel(s.then(), new Measure.Count(), s.window().micros()))});
            case Condition.Fact f -> { }
            case Condition.InSegment in -> {
                if (!index.containsKey(in.segment())) {
                    throw new IllegalArgumentException("segment " + in.segment() + " must be added before it is referenced");
                }
            }
        }
    }

    /**
     * The channel buffering these events: conditions with the same filter and measure share one (it keeps the
     * longest of their windows; each condition counts only its own window). A longer window than an already
     * replayed channel keeps extends that channel ({@link #extended}) rather than buffering its events twice.
     */
    private int channel(Channel c) {
        longestRetention = Math.max(longestRetention, c.retentionMicros());
        Integer shared = byContent.get(new Shared(c.filter(), c.measure()));
        if (shared != null) {
            long kept = channels.get(shared).retentionMicros();
            if (kept >= c.retentionMicros()) {
                return shared;
            }
            if (shared < replayedFrom) {
                extended.putIfAbsent(shared, kept);
            }
            channels.set(shared, c);
            return shared;
        }
        channels.add(c);
        byContent.put(new Shared(c.filter(), c.measure()), channels.size() - 1);
        return channels.size() - 1;
    }

    private record Shared(EventFilter filter, Measure measure) {}

    private final Map<Shared, Integer> byContent = new HashMap<>();
}

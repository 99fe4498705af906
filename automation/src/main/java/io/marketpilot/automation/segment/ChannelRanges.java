package io.marketpilot.automation.segment;

import io.marketpilot.core.event.EventType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which channels an event goes to, each with the time range {@code (after, upTo]} it buffers: on ingest every
 * channel from its retention before now on; on an addition the new channels and the lengthened ones the same way
 * (a lengthened channel's block is rebuilt whole and replaces the old one when the addition is installed).
 */
record ChannelRanges(int[] channels, long[] after, long[] upTo) {

    /** Every channel, for events as they arrive. */
    static ChannelRanges all(Plan plan, long now) {
        ChannelRanges r = of(plan.channels.size());
        for (int c = 0; c < r.channels.length; c++) {
            r.set(c, c, now - plan.channels.get(c).retentionMicros(), Long.MAX_VALUE);
        }
        return r;
    }

    /** The channels an addition replays: new ones from {@code firstChannel} and those it lengthened. */
    static ChannelRanges replayed(Plan plan, int firstChannel, long now) {
        ChannelRanges r = of(plan.channels.size() - firstChannel + plan.extended.size());
        int k = 0;
        for (int c = firstChannel; c < plan.channels.size(); c++) {
            r.set(k++, c, now - plan.channels.get(c).retentionMicros(), Long.MAX_VALUE);
        }
        for (var lengthened : plan.extended.entrySet()) {
            int c = lengthened.getKey();
            r.set(k++, c, now - plan.channels.get(c).retentionMicros(), Long.MAX_VALUE);
        }
        return r;
    }

    private static ChannelRanges of(int n) {
        return new ChannelRanges(new int[n], new long[n], new long[n]);
    }

    private void set(int k, int channel, long from, long to) {
        channels[k] = channel;
        after[k] = from;
        upTo[k] = to;
    }

    /** The earliest instant (exclusive) any range starts at; {@link Long#MAX_VALUE} when there is no channel. */
    long earliest() {
        long e = Long.MAX_VALUE;
        for (long a : after) {
            e = Math.min(e, a);
        }
        return e;
    }

    /** The event types the channels need (empty: all). */
    Set<EventType> types(Plan plan) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (int c : channels) {
            Set<EventType> t = plan.channels.get(c).filter().types();
            if (t.isEmpty()) {
                return Set.of();
            }
            types.addAll(t);
        }
        return types;
    }
}

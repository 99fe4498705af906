package io.marketpilot.engine.segment;

import io.marketpilot.core.store.SegmentStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A segment's size over time: {@value #POINTS} equal steps from its creation to now, counted from the history. */
final class SizeHistory {
    static final int POINTS = 12;

    private SizeHistory() {}

    static List<SegmentSummary.SizeAt> of(SegmentStore store, String segment, Instant created, Instant now) {
        List<Instant> at = new ArrayList<>();
        long span = Math.max(0, Duration.between(created, now).toMillis());
        for (int i = 0; i <= POINTS; i++) {
            at.add(created.plusMillis(span * i / POINTS));
        }
        List<Long> counts = store.sizesAt(segment, at);
        List<SegmentSummary.SizeAt> sizes = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            sizes.add(new SegmentSummary.SizeAt(at.get(i), counts.get(i)));
        }
        return sizes;
    }
}

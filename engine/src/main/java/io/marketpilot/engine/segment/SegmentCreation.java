package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.Problem;
import java.util.List;

/** What creating a segment did: saved it with its backfilled members, or nothing because of these problems. */
public sealed interface SegmentCreation {
    record Created(SegmentSummary segment, double backfillSeconds) implements SegmentCreation {}

    record Rejected(List<Problem> problems) implements SegmentCreation {}
}

package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.Problem;
import java.util.List;

/** A draft's outcome without saving: its size and a sample of members now, or its problems. */
public sealed interface SegmentPreview {
    record Sized(long size, List<String> sample, double seconds) implements SegmentPreview {}

    record Rejected(List<Problem> problems) implements SegmentPreview {}
}

package io.marketpilot.automation.segment;

import io.marketpilot.core.store.MembershipChange;
import java.util.List;

/** Told of every entry and exit, in order, once per evaluation step (journeys trigger on these). */
@FunctionalInterface
public interface SegmentListener {
    SegmentListener NONE = changes -> { };

    void changed(List<MembershipChange> changes);
}

package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.LiveSegments;
import io.marketpilot.automation.segment.SegmentId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.MembershipChange;
import io.marketpilot.core.store.SegmentStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The entries and exits between the memberships last recorded and those recomputed now (restart, import). */
final class Reconcile {
    private Reconcile() {}

    static Optional<List<MembershipChange>> changes(SegmentStore store, LiveSegments live, Set<SegmentId> segments,
                                                    Instant now) {
        List<MembershipChange> out = new ArrayList<>();
        for (SegmentId id : segments) {
            Set<String> recorded = new HashSet<>();
            store.forEachMember(id.value(), u -> recorded.add(u.value()));
            Set<String> current = live.members(id);
            for (String u : current) {
                if (!recorded.contains(u)) {
                    out.add(new MembershipChange(id.value(), UserId.of(u), true, now));
                }
            }
            for (String u : recorded) {
                if (!current.contains(u)) {
                    out.add(new MembershipChange(id.value(), UserId.of(u), false, now));
                }
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }
}

package io.marketpilot.core.store;

import io.marketpilot.core.id.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Segment definitions and membership history: who entered and left which segment when. Contract: writes are
 * atomic and durable when they return; {@link #record} applies changes in order (an entry of a current member
 * or an exit of a non-member changes nothing).
 */
public interface SegmentStore {
    /** Saves a new segment together with its initial members (entered at its creation time). */
    void create(StoredSegment segment, List<UserId> members);

    Optional<StoredSegment> get(String id);

    /** Every segment in creation order. */
    List<StoredSegment> all();

    void record(List<MembershipChange> changes);

    long size(String segmentId);

    /** Current members in user-id order after {@code after} (null for the first page). */
    List<UserId> members(String segmentId, String after, int limit);

    /** Streams the current members (restart reconciliation). */
    void forEachMember(String segmentId, Consumer<UserId> sink);

    /** The segments the user is in now, by id. */
    List<String> segmentsOf(UserId user);

    /** The number of members at each instant (from the history). */
    List<Long> sizesAt(String segmentId, List<Instant> instants);
}

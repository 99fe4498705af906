package io.marketpilot.core.store;

import io.marketpilot.core.id.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Segment definitions and membership history: who entered and left which segment when. Contract: writes are
 * atomic and durable when they return; {@link #record} applies changes in order (an entry of a current member
 * or an exit of a non-member changes nothing) and appends each to the change history at the next position, in the
 * same transaction. Named listeners keep a cursor over that history ({@link #acknowledge}), so one that crashed
 * before taking a change reads it again ({@link #changesAfter}) on start.
 */
public interface SegmentStore {
    /** Saves a new segment together with its initial members (entered at its creation time). */
    void create(StoredSegment segment, List<UserId> members);

    Optional<StoredSegment> get(String id);

    /** Every segment in creation order. */
    List<StoredSegment> all();

    /** Applies and logs the changes; returns the position of the last one (of the latest so far when empty). */
    long record(List<MembershipChange> changes);

    /** The position of the latest recorded change; 0 before the first. */
    long lastPosition();

    /** At most {@code limit} changes recorded after {@code position}, oldest first (pruned ones are gone). */
    List<RecordedChange> changesAfter(long position, int limit);

    /** The position the named listener acknowledged last; empty if it never did. */
    OptionalLong acknowledged(String listener);

    /**
     * Remembers that the named listener has durably taken every change up to {@code position} (a lower position
     * than it acknowledged before is ignored); changes every listener has taken may be pruned.
     */
    void acknowledge(String listener, long position);

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

package io.marketpilot.automation.segment;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Which customers an addition must evaluate beyond those it replayed and its batch members: those buffered on
 * channels it shares with earlier segments, and everyone when a condition compares a fact with a time relative
 * to now.
 */
final class AdditionScope {
    private AdditionScope() {}

    /**
     * Adds to {@code touched} the customers buffered on channels the new segments (from {@code firstSegment} in the
     * installed {@code plan}) share with earlier ones — those channels are not replayed (unless lengthened), so
     * without one evaluation a window of the new segment that expires later (a "not … within" turning true) would
     * never be scheduled for them — and, when a condition compares a trait or attribute with "N days ago", every
     * known customer: that can let one in or out with no event at all, so the time of the change is scheduled.
     */
    static void widen(CustomerSet touched, Plan plan, int firstSegment, int firstChannel, OnlineState state,
                      Population population) {
        List<SegmentDefinition> definitions = plan.segments.subList(firstSegment, plan.segments.size());
        int[] shared = sharedChannels(plan, definitions, firstChannel);
        if (shared.length > 0) {
            for (int c = 0; c < state.size(); c++) {
                long[] d = state.entries(c);
                for (int k = 0; d != null && k < shared.length; k++) {
                    if (Entries.find(d, shared[k]) >= 0) {
                        touched.add(c);
                        break;
                    }
                }
            }
        }
        if (definitions.stream().anyMatch(d -> relativeToNow(d.condition()))) {
            population.forEach((user, facts) -> touched.add(state.customer(user)));
        }
    }

    /** The channels of the definitions' event conditions that existed before this addition. */
    static int[] sharedChannels(Plan plan, List<SegmentDefinition> definitions, int firstChannel) {
        BitSet shared = new BitSet();
        for (SegmentDefinition d : definitions) {
            collectChannels(plan, d.condition(), shared);
        }
        return shared.stream().filter(c -> c < firstChannel).toArray();
    }

    private static void collectChannels(Plan plan, Condition c, BitSet into) {
        switch (c) {
            case Condition.All all -> all.children().forEach(child -> collectChannels(plan, child, into));
            case Condition.Any any -> any.children().forEach(child -> collectChannels(plan, child, into));
            case Condition.Not not -> collectChannels(plan, not.child(), into);
            case Condition.Performed p -> Arrays.stream(plan.channelsOf.get(p)).forEach(into::set);
            case Condition.Sequence q -> Arrays.stream(plan.channelsOf.get(q)).forEach(into::set);
            default -> { }
        }
    }

    /** Whether a fact in the condition is compared with a time relative to now ({@code {"ago": "30d"}}). */
    static boolean relativeToNow(Condition c) {
        return switch (c) {
            case Condition.All all -> all.children().stream().anyMatch(AdditionScope::relativeToNow);
            case Condition.Any any -> any.children().stream().anyMatch(AdditionScope::relativeToNow);
            case Condition.Not not -> relativeToNow(not.child());
            case Condition.Fact f -> relativeToNow(f.operand());
            default -> false;
        };
    }

    private static boolean relativeToNow(Operand o) {
        return switch (o) {
            case Operand.When w -> w.ago() != null;
            case Operand.Range r -> relativeToNow(r.low()) || relativeToNow(r.high());
            default -> false;
        };
    }

}

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

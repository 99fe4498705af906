package io.marketpilot.automation.segment;

import java.util.ArrayList;
import java.util.List;

/** The segment references inside a condition tree, with their JSON paths. */
final class SegmentRefs {
    record Ref(SegmentId segment, String path) {}

    private SegmentRefs() {}

    static List<Ref> direct(Condition c, String path) {
        List<Ref> out = new ArrayList<>();
        collect(c, path, out);
        return out;
    }

    private static void collect(Condition c, String path, List<Ref> out) {
        switch (c) {
            case Condition.All all -> {
                for (int i = 0; i < all.children().size(); i++) {
                    collect(all.children().get(i), path + ".all[" + i + "]", out);
                }
            }
            case Condition.Any any -> {
                for (int i = 0; i < any.children().size(); i++) {
                    collect(any.children().get(i), path + ".any[" + i + "]", out);
                }
            }
            case Condition.Not not -> collect(not.child(), path + ".not", out);
            case Condition.InSegment in -> out.add(new Ref(in.segment(), path + ".segment"));
            default -> { }
        }
    }
}

package io.marketpilot.bench.sparkals;

import io.marketpilot.engine.ProgressSink;
import io.marketpilot.engine.evaluate.InteractionFiles;
import io.marketpilot.recommend.data.InteractionLog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * One of the shared datasets the peers measured (../shared/data), read the way {@code bin/marketpilot evaluate}
 * reads it by default: its import format, the event types kept, and whether anonymous rows count.
 *
 * @param meaningfulProtocols protocols whose result means something on this data (Instacart's time-split keeps 9
 *                            test users because its times are synthesised per user: measured, but not a target)
 */
record SharedDataset(String name, String folder, String format, List<String> types, boolean knownUsersOnly,
                     List<String> meaningfulProtocols) {
    static final List<SharedDataset> ALL = List.of(
        new SharedDataset("movielens-100k", "movielens-100k", "movielens", List.of(), false,
            List.of("loo", "time-split")),
        new SharedDataset("uci-online-retail", "uci-online-retail", "uci-online-retail", List.of("purchase"), true,
            List.of("loo", "time-split")),
        new SharedDataset("instacart-sample", "instacart-sample", "instacart", List.of("purchase"), false,
            List.of("loo")));

    static SharedDataset named(String name) {
        return ALL.stream().filter(d -> d.name.equals(name)).findFirst().orElseThrow(() ->
            new IllegalArgumentException("unknown dataset '" + name + "'; known: "
                + String.join(", ", ALL.stream().map(SharedDataset::name).toList())));
    }

    Path path(Path dataRoot) {
        return dataRoot.resolve(folder);
    }

    boolean meaningful(String protocol) {
        return meaningfulProtocols.contains(protocol);
    }

    /** The type-filtered log, as the evaluation sees it. */
    InteractionLog read(Path dataRoot) {
        var read = new InteractionFiles(Clock.systemUTC())
            .read(format, path(dataRoot), false, knownUsersOnly, ProgressSink.NONE);
        return read.log().filterTypes(types);
    }
}

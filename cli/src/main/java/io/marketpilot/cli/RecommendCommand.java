package io.marketpilot.cli;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.recommend.Recommendation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code recommend --user U | --item I [-n 10]}: items for a customer, or items similar to an item. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Prints recommendations for a customer (--user) or items similar to an item (--item).")
final class RecommendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--user", paramLabel = "USER_ID", description = "Recommend for this customer.")
        String user;

        @Option(names = "--item", paramLabel = "ITEM_ID", description = "Items similar to this item.")
        String item;
    }

    @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "How many (1-1000, default 10).")
    int n;

    @Override
    public Integer call() {
        if (n < 1 || n > 1000) {
            throw new ParameterException(spec.commandLine(), "-n: expected 1 to 1000, found " + n);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Engine engine = data.openExisting()) {
            List<Recommendation> recs;
            if (target.user != null) {
                // an unknown user is fine: they get the cold-start list
                recs = engine.recommendForUser(UserId.of(id("--user", target.user)), n);
            } else {
                ItemId item = ItemId.of(id("--item", target.item));
                if (engine.item(item).isEmpty()) {
                    spec.commandLine().getErr().println("marketpilot: no item with item_id '" + item + "'");
                    return ExitCodes.FAILURE;
                }
                recs = engine.similarItems(item, n).items();
            }
            if (recs.isEmpty()) {
                spec.commandLine().getErr().println("no recommendations (has `marketpilot train` run on this data?)");
                return ExitCodes.OK;
            }
            int rank = 1;
            for (Recommendation r : recs) {
                String title = engine.item(r.item()).map(Item::title).orElse("");
                out.printf(Locale.ROOT, "%3d. %-16s %8.4f  %s%s%n", rank++, r.item().value(), r.score(), title,
                        r.reason() == null || r.reason().isBlank() ? "" : "  (" + r.reason() + ")");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String id(String option, String value) {
        if (value.isBlank()) {
            throw new ParameterException(spec.commandLine(), option + " must not be blank");
        }
        return value;
    }
}

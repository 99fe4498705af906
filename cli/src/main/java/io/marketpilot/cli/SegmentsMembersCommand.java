package io.marketpilot.cli;

import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segments members ID}: current members, one user id per line, in id order. */
@Command(name = "members", mixinStandardHelpOptions = true, description = "Prints a segment's current members.")
final class SegmentsMembersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(paramLabel = "ID", description = "The segment id.")
    String id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N members (default 100).")
    int limit;

    @Option(names = "--after", paramLabel = "USER_ID", description = "Start after this user id (paging).")
    String after;

    @Override
    public Integer call() {
        Optional<List<UserId>> members;
        try (Engine engine = data.openExisting()) {
            members = engine.segments().members(id.strip(), after, Math.max(1, limit));
        }
        if (members.isEmpty()) {
            spec.commandLine().getErr().println("marketpilot: no segment " + id + " (see `marketpilot segments list`)");
            return ExitCodes.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        members.get().forEach(u -> out.println(u.value()));
        out.flush();
        return ExitCodes.OK;
    }
}

package io.marketpilot.bench;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * What the benchmarks over a generated shop share (segments, journey entry, campaign, inactivity): the command line
 * ({@link Command}: {@code --help}, every problem reported with the usage, exit 2), the report's header (benchmark,
 * customers, load average, machine), a scratch data directory ({@code --work-dir}, {@code --keep}), the timed shop
 * set-up, the engine over that directory and the report's footer (load average at the end, peak RSS), printed as
 * the one JSON object on stdout ({@link #print}).
 */
final class ShopRun implements AutoCloseable {
    /** Options every shop benchmark takes besides its own. */
    static final Set<String> COMMON_OPTIONS = Set.of("work-dir");
    static final Set<String> COMMON_FLAGS = Set.of("keep", "help");

    private final Map<String, Object> report = Report.object();
    private final WorkDir work;

    private ShopRun(String name, long customers, WorkDir work) {
        this.work = work;
        report.put("benchmark", name);
        report.put("customers", customers);
        report.put("load_avg_at_start", Report.loadAverage());
        Report.machine(report);
    }

    /** A command's name, usage text and its own options and flags (the common ones are added). */
    record Command(String name, String usage, Set<String> options, Set<String> flags) {
        /** The parsed arguments; prints the usage and exits on {@code --help}. */
        BenchArgs parse(String[] args) {
            BenchArgs a = BenchArgs.parse(args, union(options, COMMON_OPTIONS), union(flags, COMMON_FLAGS));
            if (a.flag("help")) {
                System.out.print(usage);
                System.exit(0);
            }
            return a;
        }

        /** Exits with status 2 and every problem (after the options were read) plus the usage when there is one. */
        void validate(BenchArgs a) {
            if (!a.problems().isEmpty()) {
                a.problems().forEach(p -> System.err.println(name + ": " + p));
                System.err.print(usage);
                System.exit(2);
            }
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            java.util.Set<String> all = new java.util.HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        }
    }

    /** Starts the report and makes the scratch directory ({@code prefix} names it). */
    static ShopRun start(Command command, BenchArgs a, long customers, String prefix) throws IOException {
        return new ShopRun(command.name(), customers,
                WorkDir.create(a.path("work-dir", null), prefix, a.flag("keep")));
    }

    Map<String, Object> report() {
        return report;
    }

    /** The data directory the shop is written into and the engine opened over. */
    Path data() {
        return work.resolve("data");
    }

    /** Writes the shop (and whatever else precedes the engine) and reports how long it took. */
    void setUp(ShopWriter writer) throws Exception {
        long t0 = System.nanoTime();
        writer.write(data());
        report.put("setup_seconds", Report.round((System.nanoTime() - t0) / 1e9, 1));
    }

    /** The set-up step: writes into the data directory. */
    @FunctionalInterface
    interface ShopWriter {
        void write(Path data) throws Exception;
    }

    /** An engine over the data directory with the default configuration. */
    Engine engine(Clock clock) {
        return Engine.open(EngineConfig.at(data()), clock);
    }

    /** Ends the report (load average now, peak RSS of the whole run) and prints it. */
    void print() {
        report.put("load_avg_at_end", Report.loadAverage());
        report.put("peak_rss_mb", Math.round(ProcessStats.peakRssMb()));
        System.out.println(Report.json(report));
    }

    /** Deletes the scratch directory unless {@code --keep}. */
    @Override
    public void close() {
        work.close();
    }
}

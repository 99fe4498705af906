package io.marketpilot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.cli.DemoShopFiles.SampleIds;
import io.marketpilot.data.demo.DemoShopConfig;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.EngineStats;
import io.marketpilot.engine.recommend.TrainingOutcome;
import io.marketpilot.engine.imports.ImportKind;
import io.marketpilot.engine.imports.ImportReport;
import io.marketpilot.engine.imports.ImportRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: generates a seeded demo shop, imports it, trains, serves it and shows how to try it.
 * Every step is skipped when its result is already in the data directory, so a second run starts fast.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs a demo shop: generates, imports, trains and serves it (with an abandoned-cart and a win-back",
            "journey running), with an API key and curl examples.",
            "The shop has 5,000 items, 10,000 customers and 1,000,000 events (seeded). Steps whose result is",
            "already in the data directory are skipped. --smoke checks the API once and prints one JSON line."})
final class DemoCommand implements Callable<Integer> {
    static final String SHOP_DIR = "demo-shop";

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Port of the API (default server.port, 8080; --smoke always picks a free one).")
    Integer port;

    @Option(names = "--smoke", description = "Check the API once over HTTP, print one JSON line and exit.")
    boolean smoke;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42", description = "Seed of the demo shop (default 42).")
    long seed;

    @Option(names = "--demo-size", hidden = true, defaultValue = "default", description = "default or small (for tests).")
    String size;

    @Option(names = "--events", hidden = true, paramLabel = "N", description = "Number of demo events (for tests).")
    Integer events;

    @Override
    public Integer call() throws Exception {
        DemoShopConfig config = config();
        data.flag("server.port", "--port", port);
        data.config(); // a wrong configuration stops the demo before it generates anything
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter human = smoke ? spec.commandLine().getErr() : out;
        ImportProgress progress = ImportProgress.forStderr(spec.commandLine().getErr());
        DemoSteps steps = new DemoSteps(human, progress::finishLine);
        human.println("MarketPilot demo — data in " + data.path());
        human.flush();
        Engine engine = null;
        ApiEndpoint api = null;
        boolean serving = false;
        try {
            Path shopDir = data.path().resolve(SHOP_DIR);
            DemoShopFiles shop = steps.run("generate shop", () -> DemoShopFiles.ensure(shopDir, config, progress::progress),
                    s -> s.generatedNow() ? "generated into " + shopDir : "already generated in " + shopDir
                            + (s.config().equals(config.toString()) ? "" : " (with another config; delete it to regenerate)"));
            Engine opened = steps.run("open engine", data::open, e -> "data in " + data.path());
            engine = opened;
            importIfEmpty(steps, opened, ImportKind.ITEMS, shop.items(), EngineStats::items, progress);
            importIfEmpty(steps, opened, ImportKind.CUSTOMERS, shop.customers(), EngineStats::customers, progress);
            boolean newEvents = importIfEmpty(steps, opened, ImportKind.EVENTS, shop.events(),
                    s -> s.events().total(), progress);
            if (newEvents || opened.recommendationModel().isEmpty()) {
                steps.run("train", opened::trainRecommendations, DemoCommand::describe);
            } else {
                steps.skipped("train", "serving " + opened.recommendationModel().get()
                        + " (bin/marketpilot train retrains)");
            }
            steps.run("profiles", () -> {
                opened.profiles().load(); // folded from the event log now, not on the first profile request
                return opened.stats().customers();
            }, n -> String.format(java.util.Locale.ROOT, "%,d customer records, live profiles and attributes", n));
            String cartItem = shop.sampleIds().item();
            DemoJourneys.print(human, steps.run("journeys", () -> DemoJourneys.ensure(opened, cartItem),
                    DemoJourneys.Outcome::note));
            DemoApiKey.Secret key = steps.run("api key", () -> DemoApiKey.ensure(opened, data.path()),
                    k -> k.createdNow() ? "created an admin key" : "reused the key in " + DemoApiKey.FILE);
            int listenPort = smoke ? 0 : opened.config().server().port();
            api = steps.run("start server", () -> ApiEndpoint.start(opened, "127.0.0.1", listenPort, null), ApiEndpoint::url);
            SampleIds ids = shop.sampleIds();
            if (smoke) {
                ApiClient client = new ApiClient(api.url(), key.value());
                Map<String, Object> checks = steps.run("smoke", () -> new DemoSmoke(client, opened.clock()).check(ids),
                        c -> c.get("recommendations") + " recommendations for " + ids.user());
                out.println(summary("ok", null, null, steps, opened.stats(), api.port(), checks));
                out.flush();
                return ExitCodes.OK;
            }
            opened.messaging().start();
            opened.journeys().start(opened.config().journeys().timerEvery());
            DemoTryIt.print(out, api.url(), key, ids, data.path(), opened.clock().instant());
            api.stopOnShutdown(opened);
            serving = true;
        } catch (DemoSteps.StepFailed failed) {
            if (!smoke) {
                throw failed.getCause() instanceof Exception e ? e : failed;
            }
            out.println(summary("failed", failed.step, String.valueOf(failed.getCause().getMessage()), steps,
                    null, api == null ? 0 : api.port(), null));
            out.flush();
            return ExitCodes.FAILURE;
        } finally {
            progress.close();
            if (!serving) {
                if (api != null) {
                    api.close();
                }
                if (engine != null) {
                    engine.close();
                }
            }
        }
        api.awaitShutdown();
        return ExitCodes.OK;
    }

    private DemoShopConfig config() {
        DemoShopConfig base = switch (size) {
            case "default" -> DemoShopConfig.defaults();
            case "small" -> new DemoShopConfig(seed, 300, 500, 20_000, 30, DemoShopConfig.defaults().end());
            default -> throw new ParameterException(spec.commandLine(), "--demo-size: expected default or small, found " + size);
        };
        base = base.withSeed(seed);
        if (events != null) {
            if (events < 1) {
                throw new ParameterException(spec.commandLine(), "--events: expected at least 1, found " + events);
            }
            base = new DemoShopConfig(base.seed(), base.products(), base.customers(), events, base.days(), base.end());
        }
        if (port != null && (port < 0 || port > 65_535)) {
            throw new ParameterException(spec.commandLine(), "--port: expected 0 to 65535, found " + port);
        }
        return base;
    }

    /** Imports the file unless the store already holds records of that kind; true when it imported. */
    private static boolean importIfEmpty(DemoSteps steps, Engine engine, ImportKind kind, Path file,
                                         ToLongFunction<EngineStats> count, ImportProgress progress) {
        String name = "import " + ImportCommand.kindName(kind);
        long existing = count.applyAsLong(engine.stats());
        if (existing > 0) {
            steps.skipped(name, String.format(Locale.ROOT, "%,d already stored", existing));
            return false;
        }
        steps.run(name, () -> {
            ImportReport r = engine.importFile(new ImportRequest(kind, file, "auto", false), progress);
            if (!r.committed()) {
                throw new IllegalStateException(r.badRowCount() + " invalid rows in " + file + ", first: "
                        + (r.badRows().isEmpty() ? "?" : "line " + r.badRows().get(0).line() + " "
                        + r.badRows().get(0).reason()));
            }
            return r;
        }, r -> String.format(Locale.ROOT, "%,d rows, %,.0f rows/s", r.rowsRead(),
                r.rowsRead() / Math.max(r.took().toNanos() / 1e9, 1e-9)));
        return true;
    }

    private static String describe(TrainingOutcome r) {
        return String.format(Locale.ROOT, "%s v%d on %,.0f events, %,.0f items, NDCG@10 %.4f (popularity %.4f) on the "
                + "newest 20%% of events%s", r.model(), r.version(), r.metric("events"), r.metric("items"),
                r.metric("NDCG@10"), r.metric("popularity.NDCG@10"), r.promoted() ? "" : "; not promoted: " + r.reason());
    }

    private static String summary(String status, String failedStep, String error, DemoSteps steps, EngineStats stats,
                                  int port, Map<String, Object> checks) throws JsonProcessingException {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", status);
        if (failedStep != null) {
            s.put("failed_step", failedStep);
            s.put("error", error);
        }
        s.put("port", port);
        s.put("steps", steps.asJson());
        if (stats != null) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("items", stats.items());
            counts.put("customers", stats.customers());
            counts.put("events", stats.events().total());
            s.put("counts", counts);
        }
        if (checks != null) {
            s.put("api", checks);
        }
        return new ObjectMapper().writeValueAsString(s);
    }
}

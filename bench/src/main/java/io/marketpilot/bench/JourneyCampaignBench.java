package io.marketpilot.bench;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.journey.JourneyReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench/journey-campaign}: a scheduled journey (cron 10:00 daily, no audience: every customer) over
 * {@code --customers} customers with consent; the clock jumps to the fire time and one {@code runDue} enters
 * everyone and records their message intents, which go through the outbox and its guards (consent, caps, quiet
 * hours, rate limits) to the local sink (an outbox channel). Measures wall time until every message is held for
 * the sink. Prints one JSON object.
 */
public final class JourneyCampaignBench {
    static final ShopRun.Command COMMAND = new ShopRun.Command("journey-campaign",
            "usage: bench/journey-campaign [--customers 1000000] [--work-dir DIR] [--keep]\n", Set.of("customers"),
            Set.of());

    private JourneyCampaignBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = COMMAND.parse(args);
        long customers = a.number("customers", 1_000_000, 1, 50_000_000);
        COMMAND.validate(a);
        try (ShopRun run = ShopRun.start(COMMAND, a, customers, "marketpilot-journeys-")) {
            Map<String, Object> report = run.report();
            Path data = run.data();
            run.setUp(d -> JourneyShop.write(d, customers, System.err));
            SettableClock clock = new SettableClock(JourneyShop.NOW);
            try (Engine engine = run.engine(clock)) {
                JourneyShop.openSink(engine);
                engine.journeys().save(JourneyShop.journey("campaign", Map.of("type", "schedule",
                        "cron", "0 10 * * *"), List.of()));
                engine.journeys().activate("campaign");
                clock.set(JourneyShop.NOW.plus(Duration.ofMinutes(1))); // 10:00, the fire time
                System.err.println("firing the campaign …");
                long start = System.nanoTime();
                long cpu0 = ProcessStats.cpuNanos();
                engine.messaging().start(); // the outbox loop delivers while journeys still enter customers
                engine.journeys().runDue();
                long entered = System.nanoTime();
                while (engine.messaging().deliverDue().total() > 0) {
                    // drain what the loop has not taken yet
                }
                long held;
                while ((held = count(data, "SELECT count(*) FROM outbox WHERE status = 'HELD'"))
                        + count(data, "SELECT count(*) FROM outbox WHERE status IN ('BLOCKED', 'DEAD')") < customers) {
                    Thread.sleep(200);
                }
                long took = System.nanoTime() - start;
                JourneyReport r = engine.journeys().report("campaign").orElseThrow();
                report.put("entered", r.entered());
                report.put("held_for_sink", held);
                report.put("blocked_or_dead", count(data, "SELECT count(*) FROM outbox WHERE status IN ('BLOCKED', 'DEAD')"));
                report.put("enter_and_decide_seconds", Report.round((entered - start) / 1e9, 1));
                report.put("total_seconds", Report.round(took / 1e9, 1));
                report.put("customers_per_second", Report.perSecond(customers, took));
                report.put("cpu_cores_used", Report.round((ProcessStats.cpuNanos() - cpu0) / (double) took, 2));
            }
            run.print();
        }
    }

    static long count(Path data, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("state.sqlite"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            try (ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}

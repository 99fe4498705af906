package io.marketpilot.bench;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
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
    static final Set<String> OPTIONS = Set.of("customers", "work-dir");
    static final Set<String> FLAGS = Set.of("keep", "help");
    static final String USAGE = "usage: bench/journey-campaign [--customers 1000000] [--work-dir DIR] [--keep]\n";

    private JourneyCampaignBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args, OPTIONS, FLAGS);
        if (a.flag("help")) {
            System.out.print(USAGE);
            return;
        }
        long customers = a.number("customers", 1_000_000, 1, 50_000_000);
        if (!a.problems().isEmpty()) {
            a.problems().forEach(p -> System.err.println("journey-campaign: " + p));
            System.err.print(USAGE);
            System.exit(2);
        }
        Map<String, Object> report = Report.object();
        report.put("benchmark", "journey-campaign");
        report.put("customers", customers);
        report.put("load_avg_at_start", Report.loadAverage());
        Report.machine(report);
        try (WorkDir work = WorkDir.create(a.path("work-dir", null), "marketpilot-journeys-", a.flag("keep"))) {
            Path data = work.resolve("data");
            long t0 = System.nanoTime();
            JourneyShop.write(data, customers, System.err);
            report.put("setup_seconds", Report.round((System.nanoTime() - t0) / 1e9, 1));
            SettableClock clock = new SettableClock(JourneyShop.NOW);
            try (Engine engine = Engine.open(EngineConfig.at(data), clock)) {
                engine.messaging().configure(ChannelName.of("sink"), "outbox", Map.of("consent_topic", "email"));
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
        }
        report.put("load_avg_at_end", Report.loadAverage());
        report.put("peak_rss_mb", Math.round(ProcessStats.peakRssMb()));
        System.out.println(Report.json(report));
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

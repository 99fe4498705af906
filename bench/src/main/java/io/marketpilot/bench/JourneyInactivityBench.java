package io.marketpilot.bench;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.engine.Engine;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench/journey-inactivity}: {@code --customers} customers with {@code --purchases} purchases each (bulk
 * loaded, spread over the 60 days before now), then activating a 30-day inactivity journey arms every customer's
 * deadline from the purchase history (one aggregate over the event log, batched upserts). Measures the activation's
 * wall time and the process's peak RSS. Prints one JSON object.
 */
public final class JourneyInactivityBench {
    static final ShopRun.Command COMMAND = new ShopRun.Command("journey-inactivity",
            "usage: bench/journey-inactivity [--customers 1000000] [--purchases 2] [--work-dir DIR] [--keep]\n",
            Set.of("customers", "purchases"), Set.of());

    private JourneyInactivityBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = COMMAND.parse(args);
        long customers = a.number("customers", 1_000_000, 1, 50_000_000);
        long purchases = a.number("purchases", 2, 1, 100);
        COMMAND.validate(a);
        try (ShopRun run = ShopRun.start(COMMAND, a, customers, "marketpilot-inactivity-")) {
            Map<String, Object> report = run.report();
            report.put("purchase_events", customers * purchases);
            run.setUp(data -> {
                JourneyShop.write(data, customers, System.err);
                load(data, customers, purchases);
            });
            SettableClock clock = new SettableClock(JourneyShop.NOW);
            try (Engine engine = run.engine(clock)) {
                JourneyShop.openSink(engine);
                engine.journeys().save(JourneyShop.journey("win-back", Map.of("type", "inactivity", "days", 30),
                        List.of()));
                System.err.println("activating …");
                long start = System.nanoTime();
                long cpu0 = ProcessStats.cpuNanos();
                engine.journeys().activate("win-back");
                long took = System.nanoTime() - start;
                report.put("activate_seconds", Report.round(took / 1e9, 1));
                report.put("customers_armed_per_second", Report.perSecond(customers, took));
                report.put("cpu_cores_used", Report.round((ProcessStats.cpuNanos() - cpu0) / (double) took, 2));
            }
            report.put("timers_armed", JourneyCampaignBench.count(run.data(),
                    "SELECT count(*) FROM journey_timers WHERE journey_id = 'win-back'"));
            run.print();
        }
    }

    /** Customer u's k-th purchase is at NOW - 60 days + (u*7 + k*13) mod 60 days, so deadlines spread out. */
    private static void load(Path data, long customers, long purchases) {
        try (EmbeddedStores stores = EmbeddedStores.open(data); EventLog.BulkLoad load = stores.events().bulkLoad()) {
            List<Event> chunk = new ArrayList<>(50_000);
            for (long u = 0; u < customers; u++) {
                for (long k = 0; k < purchases; k++) {
                    long minutes = (u * 7 + k * 13) % (60L * 24 * 60);
                    chunk.add(new Event(EventId.of("p" + u + "-" + k), EventType.PURCHASE, UserId.of(JourneyShop.user(u)),
                            null, ItemId.of("sku-1"), JourneyShop.NOW.minus(Duration.ofDays(60)).plus(
                                    Duration.ofMinutes(minutes)), 1, BigDecimal.TEN, "EUR", null, Map.of(), Map.of(),
                            Map.of(), false));
                    if (chunk.size() == 50_000) {
                        load.add(chunk);
                        chunk.clear();
                    }
                }
            }
            load.add(chunk);
            load.commit();
        }
    }
}

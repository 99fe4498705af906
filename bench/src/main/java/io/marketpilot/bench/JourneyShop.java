package io.marketpilot.bench;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.core.customer.Consent;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The journey benchmarks' shop, written straight into the customer store: {@code customers} customers who gave
 * e-mail consent, named {@code c0 … c(n-1)}.
 */
final class JourneyShop {
    static final Instant NOW = Instant.parse("2026-06-01T09:59:00Z");

    private JourneyShop() {
    }

    static String user(long u) {
        return "c" + u;
    }

    static void write(Path dataDir, long customers, PrintStream log) {
        try (EmbeddedStores stores = EmbeddedStores.open(dataDir)) {
            List<Customer> batch = new ArrayList<>();
            Consent consent = new Consent(true, false, false, true);
            for (long u = 0; u < customers; u++) {
                batch.add(new Customer(UserId.of(user(u)), Map.of("name", "customer " + u), consent, NOW, Map.of()));
                if (batch.size() == 50_000) {
                    stores.customers().upsertAll(batch);
                    batch.clear();
                    log.printf("customers: %,d%n", u + 1);
                }
            }
            stores.customers().upsertAll(batch);
        }
    }

    /** Configures the outbox channel {@code sink} the benchmarks' journeys send on (e-mail consent). */
    static void openSink(Engine engine) {
        engine.messaging().configure(ChannelName.of("sink"), "outbox", Map.of("consent_topic", "email"));
    }

    /** A journey: {@code trigger}, then a marketing message on the outbox channel {@code sink}, then exit. */
    static Map<String, Object> journey(String id, Map<String, Object> trigger, List<Map<String, Object>> before) {
        List<Map<String, Object>> steps = new ArrayList<>(before);
        steps.add(Map.of("id", "send", "type", "send_message", "channel", "sink", "template", "abandoned_cart",
                "purpose", "marketing", "next", "done"));
        steps.add(Map.of("id", "done", "type", "exit", "reason", "completed"));
        return Map.of("id", id, "trigger", trigger, "steps", steps,
                "exit_rules", List.of(Map.of("reason", "purchased", "event", Map.of("type", "purchase"))));
    }
}

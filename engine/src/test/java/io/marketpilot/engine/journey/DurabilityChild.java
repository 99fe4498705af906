package io.marketpilot.engine.journey;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The process {@link JourneyCrashTest} kills: {@code setup DIR CLOCK N STEPS} enters N customers into a journey
 * that waits one hour and then sends one message (in STEPS groups, six simulated minutes apart); {@code run DIR
 * CLOCK} moves runs and delivers the outbox on the file clock until every run is done, then exits 0.
 */
public final class DurabilityChild {
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    static final Duration STEP = Duration.ofMinutes(6);

    private DurabilityChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        Path clockFile = Path.of(args[2]);
        try (Engine engine = Engine.open(EngineConfig.at(dir), new FileClock(clockFile))) {
            if (args[0].equals("setup")) {
                setup(engine, clockFile, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            } else {
                run(engine);
            }
        }
        System.exit(0);
    }

    private static void setup(Engine engine, Path clockFile, int customers, int steps) {
        engine.messaging().configure(ChannelName.of("sink"), "outbox", Map.of("consent_topic", "email"));
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            people.add(Map.of("user_id", "u" + i, "consent", Map.of("email", true)));
        }
        engine.upsertCustomers(people);
        engine.journeys().save(Map.of("id", "durable",
                "trigger", Map.of("type", "event", "event", Map.of("type", "add_to_cart")),
                "steps", List.of(Map.of("id", "wait", "type", "wait", "duration", "1h", "next", "send"),
                        Map.of("id", "send", "type", "send_message", "channel", "sink", "template", "abandoned_cart",
                                "purpose", "transactional", "next", "done"),
                        Map.of("id", "done", "type", "exit", "reason", "completed"))));
        engine.journeys().activate("durable");
        int perStep = customers / steps;
        for (int s = 0; s < steps; s++) {
            Instant at = T0.plus(STEP.multipliedBy(s));
            FileClock.write(clockFile, at);
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = s * perStep; i < (s + 1) * perStep; i++) {
                Map<String, Object> e = new HashMap<>();
                e.put("event_id", "cart-" + i);
                e.put("type", "add_to_cart");
                e.put("user_id", "u" + i);
                e.put("item_id", "sku-1");
                e.put("timestamp", at.toString());
                events.add(e);
            }
            engine.ingestEvents(events);
        }
    }

    private static void run(Engine engine) throws InterruptedException {
        System.out.println("running");
        System.out.flush();
        while (true) {
            engine.journeys().runDue();
            while (engine.messaging().deliverDue().total() > 0) {
                // drain the outbox
            }
            JourneyReport r = engine.journeys().report("durable").orElseThrow();
            if (r.active() == 0 && r.entered() > 0) {
                return;
            }
            Thread.sleep(5);
        }
    }
}

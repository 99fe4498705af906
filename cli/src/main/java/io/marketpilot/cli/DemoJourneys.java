package io.marketpilot.cli;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.channel.OutboxEntry;
import io.marketpilot.automation.coupon.CouponId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.journey.JourneyReport;
import io.marketpilot.engine.journey.JourneyStatus;
import io.marketpilot.store.json.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The demo's journeys: an {@code email} channel (an outbox standing in for an SMTP server, so nothing leaves the
 * machine), the two coupons they issue, the abandoned-cart and win-back journeys of {@code demo/*.json} saved and
 * activated, a few demo shoppers adding to cart now, and one pass of due work. Whatever already exists is kept, so a
 * second demo run changes nothing it does not need to. The win-back journey enters customers 30 days after their
 * last purchase in the event log: the demo shop's events end on a fixed date ({@code DemoShopConfig#end}, 1 November
 * 2026) while the demo runs on the system clock, so every shopper whose last purchase is 30 or more days before the
 * demo's "now" enters when the journey is activated (more each day the demo is run later). The coupon texts come
 * from the coupon definitions ("15% off, up to ¥200"; "8.5折…" for a {@code zh} locale).
 */
final class DemoJourneys {
    static final List<String> JOURNEYS = List.of("abandoned-cart", "win-back");
    static final ChannelName EMAIL = ChannelName.of("email");
    static final int SHOPPERS = 20;

    /** What the journeys did: their reports, and per journey its messages in the e-mail outbox by status. */
    record Outcome(List<JourneyReport> reports, Map<String, Map<String, Integer>> messages) {
        long entered() {
            return reports.stream().mapToLong(JourneyReport::entered).sum();
        }

        String note() {
            return String.format(Locale.ROOT, "%d journeys active, %,d customers entered, %,d messages in the e-mail"
                    + " outbox", reports.size(), entered(),
                    messages.values().stream().flatMap(m -> m.values().stream()).mapToInt(i -> i).sum());
        }
    }

    private DemoJourneys() {}

    /**
     * Sets the journeys up and lets {@value #SHOPPERS} demo customers add {@code item} to their cart now, so the
     * abandoned-cart journey has someone in it (their reminders go out an hour later while the demo serves).
     */
    static Outcome ensure(Engine engine, String item) {
        if (engine.messaging().channel(EMAIL).isEmpty()) {
            engine.messaging().configure(EMAIL, "outbox", Map.of("consent_topic", "email"));
        }
        Instant today = engine.clock().instant().truncatedTo(ChronoUnit.DAYS);
        coupon(engine, "cart-10", "10% off your cart", 10, today);
        coupon(engine, "winback-15", "15% to welcome you back", 15, today);
        for (String id : JOURNEYS) {
            if (engine.journeys().get(id).isEmpty()) {
                engine.journeys().save(definition(id));
            }
            if (engine.journeys().get(id).orElseThrow().status() != JourneyStatus.ACTIVE) {
                engine.journeys().activate(id);
            }
        }
        shoppersAddToCart(engine, item);
        engine.journeys().runDue();
        for (int pass = 0; pass < 100 && engine.messaging().deliverDue().total() > 0; pass++) {
            // deliver what the journeys decided (the outbox channel holds it for an external system)
        }
        List<JourneyReport> reports = new ArrayList<>();
        for (String id : JOURNEYS) {
            reports.add(engine.journeys().report(id).orElseThrow());
        }
        Map<String, Map<String, Integer>> messages = new TreeMap<>();
        for (OutboxEntry e : engine.messaging().dispatcher().list(EMAIL, null, 1_000_000)) {
            String journey = e.key().substring(0, Math.max(0, e.key().indexOf(':'))); // keys start with the journey id
            messages.computeIfAbsent(journey, j -> new TreeMap<>())
                    .merge(e.status().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return new Outcome(reports, messages);
    }

    /**
     * One add-to-cart each for the first {@value #SHOPPERS} customers, with fixed event ids: a second demo run
     * stores nothing new (duplicates), so nobody enters twice.
     */
    private static void shoppersAddToCart(Engine engine, String item) {
        String now = engine.clock().instant().truncatedTo(ChronoUnit.SECONDS).toString();
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 1; i <= SHOPPERS; i++) {
            String user = String.format(Locale.ROOT, "u-%06d", i);
            if (engine.customer(UserId.of(user)).isPresent()) {
                events.add(Map.of("event_id", "demo-journeys-cart-" + user, "type", "add_to_cart", "user_id", user,
                        "item_id", item, "quantity", 1, "timestamp", now));
            }
        }
        engine.ingestEvents(events);
    }

    /** The journey section under the step line: per journey, entered, where they are and why they left. */
    static void print(PrintWriter out, Outcome o) {
        for (JourneyReport r : o.reports()) {
            out.printf(Locale.ROOT, "    %-16s entered %,d; in steps: %s; exited: %s; messages: %s%n", r.id(),
                    r.entered(), counts(r.inStep()), counts(r.exitedBy()), counts(o.messages().getOrDefault(r.id(),
                            Map.of())));
        }
        out.println("    (messages wait in the e-mail outbox: GET /v1/channels/email/messages; PUT /v1/channels/email"
                + " with SMTP settings sends them for real)");
        out.flush();
    }

    private static String counts(Map<String, ? extends Number> counts) {
        return counts.isEmpty() ? "none" : new TreeMap<>(counts).entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue().longValue()))
                .collect(Collectors.joining(", "));
    }

    private static void coupon(Engine engine, String id, String name, int percent, Instant today) {
        if (engine.coupons().coupons().definition(new CouponId(id)).isPresent()) {
            return;
        }
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", id);
        wire.put("name", name);
        wire.put("discount", Map.of("type", "percent", "percent", percent, "cap", 200));
        wire.put("currency", "CNY");
        wire.put("valid_from", today.minus(Duration.ofDays(1)).toString());
        wire.put("valid_until", today.plus(Duration.ofDays(366)).toString());
        engine.coupons().coupons().define(wire);
    }

    /** The definition shipped as {@code demo/ID.json}. */
    static Map<String, Object> definition(String id) {
        try (InputStream in = DemoJourneys.class.getResourceAsStream("demo/" + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("demo/" + id + ".json is missing from the build");
            }
            return JsonCodec.readObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

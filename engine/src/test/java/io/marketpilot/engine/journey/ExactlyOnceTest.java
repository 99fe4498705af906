package io.marketpilot.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.channel.OutboxEntry;
import io.marketpilot.automation.coupon.CouponCode;
import io.marketpilot.automation.coupon.CouponId;
import io.marketpilot.automation.coupon.IssueOutcome;
import io.marketpilot.automation.journey.RunIds;
import io.marketpilot.core.id.UserId;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exactly-once effects in one process: a failing channel, replayed intents, a coupon issued twice by key. */
class ExactlyOnceTest {
    @TempDir
    Path dir;

    @Test
    void aWebhookThatFailsOnceIsRetriedWithTheSameKeyAndDeliveredOnce() throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", x -> {
            x.getRequestBody().readAllBytes();
            int status = calls.incrementAndGet() == 1 ? 503 : 200;
            if (status == 200) {
                delivered.add(x.getRequestHeaders().getFirst("Idempotency-Key"));
            }
            x.sendResponseHeaders(status, -1);
            x.close();
        });
        receiver.start();
        try (JourneyShop shop = new JourneyShop(dir)) {
            shop.customers("ann");
            shop.engine.messaging().configure(ChannelName.of("hook"), "webhook", Map.of("url",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "secret", "0123456789abcdef0123"));
            shop.save(Map.of("id", "crm", "trigger", Map.of("type", "event", "event", Map.of("type", "add_to_cart")),
                    "steps", List.of(Map.of("id", "tell", "type", "call_webhook", "channel", "hook",
                                    "payload", Map.of("cart", "open"), "next", "done"),
                            Map.of("id", "done", "type", "exit", "reason", "completed"))));
            shop.engine.journeys().activate("crm");
            shop.event("add_to_cart", "ann");
            shop.advance(Duration.ZERO);
            assertThat(calls.get()).isEqualTo(1);
            assertThat(delivered).isEmpty();
            shop.event("add_to_cart", "ann"); // the run is over; re-entry is not allowed by default
            shop.advance(Duration.ofSeconds(30));
            shop.advance(Duration.ofHours(2));
            assertThat(delivered).hasSize(1);
            assertThat(delivered.get(0)).startsWith("crm:1:");
            OutboxEntry e = shop.engine.messaging().dispatcher().entry(delivered.get(0)).orElseThrow();
            assertThat(e.status()).isEqualTo(OutboxEntry.Status.SENT);
            assertThat(e.attempts()).isEqualTo(2);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aReplayedEntryIsRecognisedByTheRunIdTheMachineDerives() {
        var d = new io.marketpilot.automation.journey.JourneyParser().parse(JourneyShop.abandonedCart(),
                io.marketpilot.automation.journey.JourneyCatalogue.OPEN).orThrow();
        var t = new io.marketpilot.automation.journey.JourneyMachine().enter(d, "ann", JourneyShop.T0,
                io.marketpilot.automation.journey.CustomerView.unknown());
        assertThat(RunIds.of(d.id(), d.version(), "ann", JourneyShop.T0)).isEqualTo(t.runId()).isEqualTo(t.run().runId());
    }

    @Test
    void issuingACouponAgainWithTheSameKeyFindsTheFirstCode() {
        try (JourneyShop shop = new JourneyShop(dir)) {
            shop.customers("ann");
            KeyedCouponCodes codes = new KeyedCouponCodes("secret-of-the-data-directory-32b".getBytes(StandardCharsets.UTF_8));
            CouponCode code = codes.codeFor("cart:1:run:coupon:3");
            assertThat(codes.codeFor("cart:1:run:coupon:3")).isEqualTo(code);
            assertThat(codes.codeFor("cart:1:run:coupon:4")).isNotEqualTo(code);
            IssueOutcome first = shop.engine.coupons().issueOnce(new CouponId("cart-10"), UserId.of("ann"), code);
            IssueOutcome again = shop.engine.coupons().issueOnce(new CouponId("cart-10"), UserId.of("ann"), code);
            assertThat(first).isInstanceOf(IssueOutcome.Issued.class);
            assertThat(again).isEqualTo(first);
            assertThat(shop.engine.coupons().coupons().issuedTo(UserId.of("ann"))).hasSize(1);
            assertThat(shop.engine.coupons().coupons().usage(new CouponId("cart-10")).issued()).isEqualTo(1);
        }
    }

    @Test
    void replayedIntentsRecordEachMessageOnce() {
        try (JourneyShop shop = new JourneyShop(dir)) {
            shop.customers("ann");
            shop.save(JourneyShop.abandonedCart());
            shop.engine.journeys().activate("abandoned-cart");
            shop.event("add_to_cart", "ann");
            shop.advance(Duration.ofHours(1));
            assertThat(shop.box()).hasSize(1);
            IntentTable.Intent replay = new IntentTable.Intent(shop.box().get(0).key(), "run", "abandoned-cart", 1,
                    "ann", new io.marketpilot.automation.journey.JourneyAction.SendMessage(ChannelName.of("box"),
                    "abandoned_cart", io.marketpilot.automation.guard.Purpose.MARKETING, Map.of(), null), 0);
            // what a restart after "recorded in the outbox, not yet marked done" does: the same key again
            assertThat(shop.engine.messaging().sendAll(List.of(IntentPerformer.message(replay)))).isZero();
            shop.advance(Duration.ofMinutes(1));
            assertThat(shop.box()).hasSize(1);
        }
    }
}

package io.marketpilot.server.journeys;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.marketpilot.automation.channel.WebhookSignature;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import io.marketpilot.testkit.SimulatedClock;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end check, through the public API on simulated time: channels (a webhook to a local receiver
 * and SMTP to GreenMail), a coupon and the abandoned-cart journey are configured over HTTP; two customers add to
 * cart, one buys within the hour; only the other gets the reminder (webhook and e-mail), then the coupon a day
 * later; a third add-to-cart within the frequency cap sends nothing. The test moves the clock and runs the due
 * work (journey timers, then the outbox) as the background loops would.
 */
class AbandonedCartIT {
    /** 09:00 UTC: the sends an hour and a day later fall outside the quiet hours (21:00-08:00). */
    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
    private static final String SECRET = "0123456789abcdef0123";

    @TempDir
    Path dir;
    private final SimulatedClock clock = new SimulatedClock(START);
    private TestServer api;
    private GreenMail smtp;
    private WebhookReceiver hook;

    @BeforeEach
    void start() {
        api = TestServer.start(dir, clock, UnaryOperator.identity());
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        hook = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        hook.close();
        smtp.stop();
        api.close();
    }

    @Test
    void only_the_customer_who_did_not_buy_is_reminded_then_gets_a_coupon_and_the_cap_holds() throws Exception {
        configureShop();
        Reply created = post("/v1/journeys", JourneyFixtures.abandonedCart("crm", "email", "cart-10"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(post("/v1/journeys/abandoned-cart/activate", null).json().get("status").asText()).isEqualTo("active");

        events(addToCart("ann", "c1"), addToCart("bob", "c2"));
        tick(Duration.ofMinutes(30));
        events(purchase("bob", "o-1"));
        tick(Duration.ofMinutes(31)); // past the hour: bob left on his purchase, ann is reminded

        assertThat(hook.to("bob")).isEmpty();
        assertThat(mailsTo("bob@example.com")).isEmpty();
        assertThat(hook.to("ann")).hasSize(1);
        assertThat(hook.to("ann").getFirst().template()).isEqualTo("abandoned_cart");
        WebhookReceiver.Received reminder = hook.to("ann").getFirst();
        assertThat(WebhookSignature.verify(SECRET, reminder.signature(), reminder.raw())).isTrue();
        assertThat(reminder.idempotencyKey()).startsWith("abandoned-cart:1:").contains(":remind-hook:");
        assertThat(mailsTo("ann@example.com")).hasSize(1);
        assertThat(mailsTo("ann@example.com").getFirst().getSubject()).contains("your cart is waiting");

        tick(Duration.ofHours(23)); // not yet a day after the reminder
        assertThat(mailsTo("ann@example.com")).hasSize(1);
        tick(Duration.ofHours(1).plusMinutes(1)); // a day after the reminder: the coupon
        assertThat(hook.to("ann")).hasSize(2);
        List<MimeMessage> annMail = mailsTo("ann@example.com");
        assertThat(annMail).hasSize(2);
        String couponMail = body(annMail.get(1));
        Matcher code = Pattern.compile("code <strong>([0-9A-Z-]{13,16})</strong>").matcher(couponMail);
        assertThat(code.find()).as(couponMail).isTrue();
        Reply lookup = api.get("/v1/coupons/codes/" + code.group(1), ADMIN_KEY);
        assertThat(lookup.status()).isEqualTo(200);
        assertThat(lookup.json().get("customer").asText()).isEqualTo("ann");
        assertThat(hook.to("ann").get(1).body().path("data").path("coupon_code").asText()).isEqualTo(code.group(1));
        assertThat(eventTypes("ann")).contains("coupon_issued", "message_sent");
        assertThat(eventTypes("bob")).doesNotContain("coupon_issued", "message_sent");

        JsonNode report = api.get("/v1/journeys/abandoned-cart/report", ADMIN_KEY).json();
        assertThat(report.get("entered").asInt()).isEqualTo(2);
        assertThat(report.get("active").asInt()).isZero();
        assertThat(report.at("/exited_by/purchased").asInt()).isEqualTo(1);
        assertThat(report.at("/exited_by/completed").asInt()).isEqualTo(1);
        assertThat(report.get("converted").asInt()).isEqualTo(1);

        JsonNode annRuns = api.get("/v1/customers/ann/journeys", ADMIN_KEY).json().get("journeys");
        assertThat(annRuns).hasSize(1);
        assertThat(annRuns.get(0).get("journey").asText()).isEqualTo("abandoned-cart");
        assertThat(annRuns.get(0).get("exit_reason").asText()).isEqualTo("completed");
        JsonNode bobRuns = api.get("/v1/customers/bob/journeys", ADMIN_KEY).json().get("journeys");
        assertThat(bobRuns.get(0).get("exit_reason").asText()).isEqualTo("purchased");

        // a third add-to-cart, by ann, an hour after the coupon: two messages went out in the last day
        events(addToCart("ann", "c3"));
        tick(Duration.ofHours(1).plusMinutes(1));
        assertThat(hook.to("ann")).hasSize(2);
        assertThat(mailsTo("ann@example.com")).hasSize(2);
        for (String channel : List.of("crm", "email")) {
            JsonNode blocked = api.get("/v1/channels/" + channel + "/messages?status=blocked", ADMIN_KEY).json()
                    .get("messages");
            assertThat(blocked).as(channel).hasSize(1);
            assertThat(blocked.get(0).get("customer").asText()).isEqualTo("ann");
            assertThat(blocked.get(0).get("detail").asText()).contains("frequency cap");
        }
        assertThat(api.get("/v1/customers/ann/journeys", ADMIN_KEY).json().get("journeys")).hasSize(2);
    }

    private void configureShop() {
        Reply customers = api.send("PUT", "/v1/customers", ADMIN_KEY, JSON, TestServer.json(List.of(
                customer("ann", "Ann"), customer("bob", "Bob"))));
        assertThat(customers.status()).as(customers.body()).isEqualTo(200);
        Reply webhook = api.send("PUT", "/v1/channels/crm", ADMIN_KEY, JSON, TestServer.json(Map.of("type", "webhook",
                "settings", Map.of("url", hook.url(), "secret", SECRET, "consent_topic", "email"))));
        assertThat(webhook.status()).as(webhook.body()).isEqualTo(200);
        Reply email = api.send("PUT", "/v1/channels/email", ADMIN_KEY, JSON, TestServer.json(Map.of("type", "email",
                "settings", Map.of("host", "127.0.0.1", "port", smtp.getSmtp().getPort(), "from", "shop@example.com"))));
        assertThat(email.status()).as(email.body()).isEqualTo(200);
        Reply coupon = post("/v1/coupons", """
                {"id": "cart-10", "name": "10% off your cart", "discount": {"type": "percent", "percent": 10},
                 "currency": "EUR", "valid_from": "2026-01-01T00:00:00Z", "valid_until": "2027-01-01T00:00:00Z"}""");
        assertThat(coupon.status()).as(coupon.body()).isEqualTo(201);
    }

    private static Map<String, Object> customer(String id, String name) {
        return Map.of("user_id", id, "traits", Map.of("name", name, "email", id + "@example.com"),
                "consent", Map.of("email", true));
    }

    private Map<String, Object> addToCart(String user, String eventId) {
        return Map.of("event_id", eventId, "type", "add_to_cart", "user_id", user, "item_id", "sku-1",
                "quantity", 1, "price", 40, "currency", "EUR", "timestamp", clock.instant().toString());
    }

    private Map<String, Object> purchase(String user, String order) {
        return Map.of("event_id", order, "type", "purchase", "user_id", user, "item_id", "sku-1", "quantity", 1,
                "price", 40, "currency", "EUR", "timestamp", clock.instant().toString(),
                "properties", Map.of("order_id", order));
    }

    @SafeVarargs
    private void events(Map<String, Object>... events) {
        Reply r = api.send("POST", "/v1/events", ADMIN_KEY, JSON, TestServer.json(List.of(events)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).as(r.body()).isEqualTo(events.length);
    }

    /**
     * Moves the clock and does what the background loops do at that instant: journey work until nothing moves (a
     * run that waited for its coupon code goes on in the next pass), then the due messages.
     */
    private void tick(Duration by) {
        clock.advance(by);
        for (int pass = 0; pass < 10 && api.engine.journeys().runDue() > 0; pass++) {
            // each pass moves what the previous one made due
        }
        api.engine.messaging().deliverDue();
    }

    private Reply post(String path, String body) {
        return api.send("POST", path, ADMIN_KEY, body == null ? null : JSON, body);
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                out.add(m);
            }
        }
        return out;
    }

    private static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
    }

    private List<String> eventTypes(String user) {
        List<String> types = new ArrayList<>();
        api.get("/v1/customers/" + user + "/events?limit=100", ADMIN_KEY).json().get("events")
                .forEach(e -> types.add(e.get("type").asText()));
        return types;
    }
}

package io.marketpilot.server.channels;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /v1/channels and the tracking endpoints against a real SMTP server (GreenMail) on loopback. */
class ChannelsIT {
    @TempDir
    Path dir;
    private TestServer api;
    private GreenMail smtp;

    @BeforeEach
    void start() {
        api = TestServer.start(dir);
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        api.engine.upsertCustomers(List.of(
                Map.of("user_id", "ann", "traits", Map.of("name", "Ann", "email", "ann@example.com"),
                        "consent", Map.of("email", true)),
                Map.of("user_id", "bob", "traits", Map.of("name", "Bob", "email", "bob@example.com"))));
    }

    @AfterEach
    void stop() {
        smtp.stop();
        api.close();
    }

    private Reply putEmail() {
        return api.send("PUT", "/v1/channels/email", ADMIN_KEY, JSON, TestServer.json(Map.of("type", "email",
                "settings", Map.of("host", "127.0.0.1", "port", smtp.getSmtp().getPort(), "from", "shop@example.com",
                        "password", "hunter2"))));
    }

    @Test
    void configureTestSendAndTrackOpensAndClicks() throws Exception {
        Reply configured = putEmail();
        assertThat(configured.status()).isEqualTo(200);
        assertThat(configured.json().get("settings").get("password").asText()).isEqualTo("***");

        Reply sent = api.send("POST", "/v1/channels/email/test", ADMIN_KEY, JSON,
                "{\"customer\": \"ann\", \"template\": \"coupon\", \"data\": {\"coupon_code\": \"AB12\", \"coupon_text\": \"10% off\"}}");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("status").asText()).isEqualTo("sent");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        String body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", "").replace("=3D", "=");
        assertThat(body).contains("Here is your code", "AB12");

        Matcher pixel = Pattern.compile("/t/o/([A-Za-z0-9_.-]+)").matcher(body);
        assertThat(pixel.find()).isTrue();
        Reply open = api.get("/t/o/" + pixel.group(1), null);
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.contentType()).isEqualTo("image/gif");

        String click = api.engine.messaging().tracking().click(sent.json().get("key").asText(), "https://shop.example/p/1");
        Reply redirect = api.get("/t/c/" + click, null);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).isEqualTo("https://shop.example/p/1");
        assertThat(api.get("/t/c/" + click.substring(0, click.length() - 3) + "AAA", null).status()).isEqualTo(404);

        assertThat(api.engine.recentEvents(UserId.of("ann"), 10)).extracting(e -> e.type())
                .contains(EventType.MESSAGE_SENT, EventType.MESSAGE_OPENED, EventType.MESSAGE_CLICKED);
    }

    @Test
    void noConsentNoSend() {
        putEmail();
        Reply r = api.send("POST", "/v1/channels/email/test", ADMIN_KEY, JSON, "{\"customer\": \"bob\", \"template\": \"coupon\"}");
        assertThat(r.json().get("status").asText()).isEqualTo("blocked");
        assertThat(r.json().get("detail").asText()).isEqualTo("no email consent for transactional messages");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void badSettingsAnswer400WithPointers() {
        Reply r = api.send("PUT", "/v1/channels/crm", ADMIN_KEY, JSON,
                "{\"type\": \"webhook\", \"settings\": {\"url\": \"nope\", \"secret\": \"short\"}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactlyInAnyOrder("/settings/url", "/settings/secret");
        assertThat(api.get("/v1/channels", ADMIN_KEY).json().get("channels")).isEmpty();
    }

    @Test
    void anOutboxChannelHoldsMessagesUntilAcknowledged() {
        api.send("PUT", "/v1/channels/sms", ADMIN_KEY, JSON, "{\"type\": \"outbox\", \"settings\": {\"consent_topic\": \"email\"}}");
        Reply held = api.send("POST", "/v1/channels/sms/test", ADMIN_KEY, JSON, "{\"customer\": \"ann\"}");
        assertThat(held.json().get("status").asText()).isEqualTo("held");
        String key = held.json().get("key").asText();
        assertThat(api.get("/v1/channels/sms/messages?status=held", ADMIN_KEY).json().get("messages")).hasSize(1);
        assertThat(api.send("POST", "/v1/channels/sms/messages/" + key + "/ack", ADMIN_KEY, null, null).status()).isEqualTo(204);
        assertThat(api.send("POST", "/v1/channels/sms/messages/" + key + "/ack", ADMIN_KEY, null, null).status()).isEqualTo(404);
        assertThat(api.get("/v1/channels/sms/messages?status=acked", ADMIN_KEY).json().get("messages")).hasSize(1);
    }

    @Test
    void aWebhookThatIsDownIsRetriedAndVisible() {
        api.send("PUT", "/v1/channels/crm", ADMIN_KEY, JSON, TestServer.json(Map.of("type", "webhook", "settings",
                Map.of("url", "http://127.0.0.1:1/hook", "secret", "0123456789abcdef0123", "consent_topic", "email",
                        "timeout_ms", 500))));
        Reply r = api.send("POST", "/v1/channels/crm/test", ADMIN_KEY, JSON, "{\"customer\": \"ann\"}");
        assertThat(r.json().get("status").asText()).isEqualTo("pending");
        assertThat(r.json().get("attempts").asInt()).isEqualTo(1);
        assertThat(r.json().get("due").asText()).isEqualTo(TestServer.NOW.plusSeconds(30).toString());
        assertThat(api.get("/v1/channels/crm/messages?status=pending", ADMIN_KEY).json().get("messages")).hasSize(1);
        assertThat(api.get("/v1/channels/nope/messages", ADMIN_KEY).status()).isEqualTo(404);
    }
}

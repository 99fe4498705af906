package io.marketpilot.automation.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.testkit.SimulatedClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on a loopback port. */
class WebhookChannelTest extends ChannelContract {
    static final String SECRET = "0123456789abcdef-secret";
    private HttpServer server;
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<Boolean> signaturesValid = new CopyOnWriteArrayList<>();
    private final AtomicInteger failStatus = new AtomicInteger(503);
    private final ChannelContext context = TestContexts.context(Clock.fixed(TestContexts.T0, ZoneOffset.UTC));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            keys.add(ex.getRequestHeaders().getFirst("Idempotency-Key"));
            bodies.add(body);
            signaturesValid.add(WebhookSignature.verify(SECRET, ex.getRequestHeaders().getFirst(WebhookSignature.HEADER), body));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.createContext("/broken", ex -> {
            ex.sendResponseHeaders(failStatus.get(), -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Channel hook(String path) {
        return ChannelTypes.create(ChannelName.of("crm"), "webhook",
                Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort() + path, "secret", SECRET), context);
    }

    @Override
    protected Channel working() {
        return hook("/hook");
    }

    @Override
    protected Channel failing() {
        return hook("/broken");
    }

    @Override
    protected List<String> receivedKeys() {
        return keys;
    }

    @Test
    void signsTheBodyAndSendsTheMessageAsJson() {
        working().send(message("k-9"));
        assertThat(signaturesValid).containsExactly(true);
        assertThat(bodies.getFirst()).contains("\"idempotency_key\":\"k-9\"", "\"customer\":\"ann\"",
                "\"data\":{\"cart_value\":42}", "\"sent_at\":\"2026-03-01T10:00:00Z\"");
        assertThat(WebhookSignature.verify("another-secret-entirely", "t=1,v1=00", bodies.getFirst())).isFalse();
    }

    @Test
    void serverErrorsAreRetryableClientErrorsAreFinal() {
        failStatus.set(503);
        assertThat(failing().send(message("a"))).isEqualTo(new SendResult.Failed(
                "http 503 from http://127.0.0.1:" + server.getAddress().getPort() + "/broken", true));
        failStatus.set(400);
        assertThat(failing().send(message("b"))).isInstanceOfSatisfying(SendResult.Failed.class,
                f -> assertThat(f.retryable()).isFalse());
        failStatus.set(429);
        assertThat(failing().send(message("c"))).isInstanceOfSatisfying(SendResult.Failed.class,
                f -> assertThat(f.retryable()).isTrue());
    }

    @Test
    void unreachableReceiversAreRetryable() {
        int port = server.getAddress().getPort();
        server.stop(0);
        Channel c = ChannelTypes.create(ChannelName.of("crm"), "webhook",
                Map.of("url", "http://127.0.0.1:" + port + "/hook", "secret", SECRET, "timeout_ms", 500), context);
        assertThat(c.send(message("x"))).isInstanceOfSatisfying(SendResult.Failed.class,
                f -> assertThat(f.retryable()).isTrue());
    }

    @Test
    void badSettingsAreReportedWithTheirPaths() {
        assertThatThrownBy(() -> ChannelTypes.create(ChannelName.of("crm"), "webhook",
                Map.of("url", "ftp://x", "secret", "short", "retries", 3), context))
                .isInstanceOfSatisfying(InvalidChannelException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("settings.retries", "settings.url", "settings.secret"));
        assertThatThrownBy(() -> ChannelTypes.create(ChannelName.of("crm"), "pigeon", Map.of(), context))
                .hasMessage("type: expected webhook, email, outbox, found \"pigeon\"");
    }

    @Test
    void theDispatcherRetriesAFailingReceiverOnSimulatedTimeWithTheSameKey() {
        SimulatedClock clock = new SimulatedClock(TestContexts.T0);
        AtomicInteger calls = new AtomicInteger();
        List<String> seen = new CopyOnWriteArrayList<>();
        server.createContext("/flaky", ex -> {
            seen.add(ex.getRequestHeaders().getFirst("Idempotency-Key"));
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(calls.incrementAndGet() <= 2 ? 503 : 200, -1);
            ex.close();
        });
        Channel flaky = ChannelTypes.create(ChannelName.of("crm"), "webhook",
                Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/flaky", "secret", SECRET),
                TestContexts.context(clock));
        Dispatcher d = new Dispatcher(new InMemoryOutboxStore(), n -> java.util.Optional.of(flaky),
                new io.marketpilot.automation.guard.SendGuards(List.of()), RetryPolicy.DEFAULT, clock, e -> { });
        d.enqueue(message("order-1"));
        assertThat(d.runDue(10).retrying()).isEqualTo(1);
        clock.advance(java.time.Duration.ofSeconds(30));
        assertThat(d.runDue(10).retrying()).isEqualTo(1);
        clock.advance(java.time.Duration.ofSeconds(59));
        assertThat(d.runDue(10).total()).as("the second wait is 60 s").isZero();
        clock.advance(java.time.Duration.ofSeconds(1));
        assertThat(d.runDue(10).sent()).isEqualTo(1);
        assertThat(seen).containsExactly("order-1", "order-1", "order-1");
        assertThat(d.entry("order-1").orElseThrow().attempts()).isEqualTo(3);
    }
}

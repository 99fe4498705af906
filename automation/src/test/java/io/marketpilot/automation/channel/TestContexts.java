package io.marketpilot.automation.channel;

import io.marketpilot.core.customer.Consent;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Channel contexts for tests: customers ann (en) and li (zh) with e-mail consent, two recommended items each. */
final class TestContexts {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final TrackingTokens TRACKING = new TrackingTokens("test-secret-of-32-bytes-length!!".getBytes(StandardCharsets.UTF_8));

    private TestContexts() {}

    static Optional<Customer> customer(UserId id) {
        Consent yes = new Consent(true, true, true, true);
        return switch (id.value()) {
            case "ann" -> Optional.of(new Customer(id, Map.of("name", "Ann", "email", "ann@example.com"), yes, T0, Map.of()));
            case "li" -> Optional.of(new Customer(id, Map.of("name", "李雷", "email", "li@example.com", "locale", "zh"),
                    yes, T0, Map.of()));
            case "nomail" -> Optional.of(new Customer(id, Map.of("name", "No Mail"), yes, T0, Map.of()));
            default -> Optional.empty();
        };
    }

    static ChannelContext context(Clock clock) {
        return new ChannelContext(clock, TestContexts::customer, id -> List.of(
                new RecommendedItem("i1", "Trail shoe", new BigDecimal("89.90"), "EUR", "https://shop.example/p/i1", null),
                new RecommendedItem("i2", "Wool socks", new BigDecimal("12.00"), "EUR", "https://shop.example/p/i2", null)),
                TRACKING, "https://mp.example", EmailTemplates.builtIn(), HttpClient.newHttpClient());
    }
}

package io.marketpilot.automation.channel;

import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What channels may use, wired by the engine: the clock, customers (for addresses and personalisation), the
 * recommended items for a customer (e-mail blocks), tracking tokens and the public base URL tracking links point
 * at (e.g. {@code https://shop.example/mp}), the e-mail templates, and one shared HTTP client.
 */
public record ChannelContext(Clock clock, Function<UserId, Optional<Customer>> customers,
                             Function<UserId, List<RecommendedItem>> recommendations, TrackingTokens tracking,
                             String publicBaseUrl, EmailTemplates templates, HttpClient http) {
}

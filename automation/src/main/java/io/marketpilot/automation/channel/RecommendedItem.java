package io.marketpilot.automation.channel;

import java.math.BigDecimal;

/** One product in a message's recommendation block; {@code url} is the shop's product page (tracked on send). */
public record RecommendedItem(String itemId, String title, BigDecimal price, String currency, String url,
                              String imageUrl) {
}

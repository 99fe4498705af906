package io.marketpilot.automation.channel;

import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.core.id.UserId;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message decided on: its idempotency {@code key} (the same decision always yields the same key, e.g.
 * {@code journey:abandoned-cart:v1:ann:step-2}), the channel, the customer, why, the template and its locale,
 * and free data for the template or payload. Recording a key twice records one message.
 */
public record Message(String key, ChannelName channel, UserId customer, Purpose purpose, String template,
                      String locale, Map<String, Object> data) {
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    public Message {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("an idempotency key is 1-200 printable ASCII characters without spaces");
        }
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(purpose, "purpose");
        template = template == null ? "" : template;
        locale = locale == null || locale.isBlank() ? "en" : locale;
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}

package io.marketpilot.core.event;

import io.marketpilot.core.id.AnonymousId;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.SessionId;
import io.marketpilot.core.id.UserId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Event ids derived from content (SHA-256, 128 bits shown): the same event always gets the same id. */
final class ContentIds {
    private ContentIds() {}

    static EventId of(EventType type, UserId user, AnonymousId anonymous, ItemId item, Instant timestamp,
                      int quantity, BigDecimal price, String currency, SessionId session,
                      Map<String, Object> context, Map<String, Object> properties, Map<String, Object> extra) {
        StringBuilder canonical = new StringBuilder(128);
        for (Object part : new Object[] {type.wireName(), user, anonymous, item, timestamp, quantity,
                price == null ? null : price.stripTrailingZeros().toPlainString(), currency, session}) {
            canonical.append(part == null ? "" : part.toString()).append('\u001f');
        }
        appendSorted(canonical, context);
        appendSorted(canonical, properties);
        appendSorted(canonical, extra);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return new EventId("c-" + HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** Appends a JSON-like value with map keys sorted at every depth, so key order never changes the id. */
    @SuppressWarnings("unchecked")
    private static void appendSorted(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            for (Map.Entry<String, Object> e : new TreeMap<>((Map<String, Object>) map).entrySet()) {
                out.append(e.getKey()).append('=');
                appendSorted(out, e.getValue());
                out.append(',');
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (Object v : list) {
                appendSorted(out, v);
                out.append(',');
            }
            out.append(']');
        } else if (value instanceof String s) {
            out.append('"').append(s).append('"');
        } else {
            out.append(value);
        }
        out.append('\u001e');
    }
}

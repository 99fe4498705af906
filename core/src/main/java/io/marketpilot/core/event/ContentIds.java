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
import java.util.Map;
import java.util.TreeMap;

/** Event ids derived from content (SHA-256, 128 bits shown): the same event always gets the same id. */
final class ContentIds {
    private ContentIds() {}

    static EventId of(EventType type, UserId user, AnonymousId anonymous, ItemId item, Instant timestamp,
                      int quantity, BigDecimal price, SessionId session, Map<String, Object> properties) {
        String canonical = String.join("\u001f", type.wireName(), str(user), str(anonymous), str(item),
                timestamp.toString(), Integer.toString(quantity),
                price == null ? "" : price.stripTrailingZeros().toPlainString(), str(session),
                properties.isEmpty() ? "" : new TreeMap<>(properties).toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return new EventId("c-" + HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    private static String str(Object id) {
        return id == null ? "" : id.toString();
    }
}

package io.marketpilot.automation.channel;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The events a message's life sends back into the event log. Their ids derive from the message key (and the link),
 * so each fact is stored once however often it is reported: the first open, the first click per link.
 */
public final class MessageEvents {
    private MessageEvents() {}

    public static Event sent(Message m, Instant at, String reference) {
        return event("message_sent:" + m.key(), EventType.MESSAGE_SENT, m, at, Map.of("reference", reference));
    }

    /** Delivery confirmed by the receiver (an outbox acknowledgement): a {@code custom} event named message_delivered. */
    public static Event delivered(Message m, Instant at) {
        return event("message_delivered:" + m.key(), EventType.CUSTOM, m, at, Map.of("name", "message_delivered"));
    }

    public static Event opened(Message m, Instant at) {
        return event("message_opened:" + m.key(), EventType.MESSAGE_OPENED, m, at, Map.of());
    }

    public static Event clicked(Message m, Instant at, String url) {
        return event("message_clicked:" + m.key() + ":" + shortHash(url), EventType.MESSAGE_CLICKED, m, at,
                Map.of("url", url));
    }

    private static Event event(String id, EventType type, Message m, Instant at, Map<String, Object> extra) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("message_key", m.key());
        props.put("channel", m.channel().value());
        props.put("template", m.template());
        props.putAll(extra);
        return new Event(EventId.of(id.length() > 250 ? id.substring(0, 200) + shortHash(id) : id), type, m.customer(),
                null, null, at, 1, null, null, null, Map.of("channel", m.channel().value()), props, Map.of(), false);
    }

    static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.marketpilot.engine.insight;

import io.marketpilot.core.validation.FieldError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review as sent to {@code POST /v1/reviews} ({@code review_id}, {@code item_id}, {@code user_id} or
 * {@code anonymous_id}, {@code text}, optional {@code rating} and {@code timestamp}) turned into a {@code review}
 * event wire record. Without a review_id the event id is derived from item, author and text, so a resent review is a
 * duplicate; without a timestamp the review is dated now.
 */
final class ReviewWire {
    static final int MAX_TEXT = 20_000;

    private ReviewWire() {}

    /** Problems the event parser does not check (the text); empty when the review is fine. */
    static List<FieldError> problems(Map<String, Object> review) {
        Object text = review.get("text");
        if (!(text instanceof String s) || s.isBlank() || s.length() > MAX_TEXT) {
            return List.of(new FieldError("text", "a non-blank string of at most " + MAX_TEXT + " characters",
                FieldError.describe(text)));
        }
        return List.of();
    }

    static Map<String, Object> toEvent(Map<String, Object> review, Instant now) {
        Map<String, Object> e = new LinkedHashMap<>(review);
        e.remove("review_id");
        e.remove("text");
        e.remove("rating");
        e.put("event_id", eventId(review));
        e.put("type", "review");
        e.putIfAbsent("timestamp", now.toString());
        Map<String, Object> props = new LinkedHashMap<>();
        if (review.get("properties") instanceof Map<?, ?> p) {
            p.forEach((k, v) -> props.put(String.valueOf(k), v));
        }
        props.put("text", review.get("text"));
        if (review.containsKey("rating")) {
            props.put("rating", review.get("rating"));
        }
        e.put("properties", props);
        return e;
    }

    static String eventId(Map<String, Object> review) {
        Object id = review.get("review_id");
        if (id instanceof String s && !s.isBlank()) {
            return s;
        }
        String key = review.get("item_id") + "\u0000" + review.get("user_id") + "\u0000" + review.get("anonymous_id")
            + "\u0000" + review.get("text");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "review-" + HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The instant of a wire timestamp the event parser accepted (ISO-8601, epoch seconds or milliseconds). */
    static Instant timestamp(Object value, Instant fallback) {
        if (value instanceof Number n) {
            long v = n.longValue();
            return v < 100_000_000_000L ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
        }
        if (value instanceof String s) {
            try {
                return Instant.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                try {
                    return timestamp(Long.parseLong(s.strip()), fallback);
                } catch (NumberFormatException notNumber) {
                    return java.time.OffsetDateTime.parse(s).toInstant();
                }
            }
        }
        return fallback;
    }
}

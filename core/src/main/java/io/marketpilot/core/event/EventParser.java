package io.marketpilot.core.event;

import io.marketpilot.core.id.AnonymousId;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.SessionId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.validation.RawRecord;
import io.marketpilot.core.validation.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Turns one wire record (the JSON object of {@code POST /v1/events}, a JSONL line or a CSV row as a map)
 * into an {@link Event}, reporting every problem with its field. Without an {@code event_id} the id is
 * derived from the event's content, so replaying the same batch is idempotent even then.
 */
public final class EventParser {
    /** Clocks drift; events further ahead of the server clock than this are rejected as bad data. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    /** Earlier timestamps are taken for unit mix-ups or placeholders (e.g. year 0001), not e-commerce events. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    /** Prices are stored with 4 decimals in 18 digits. */
    public static final BigDecimal MAX_PRICE = BigDecimal.TEN.pow(14);

    private final Clock clock;

    public EventParser(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads the fields through {@link RawRecord}'s nullable forms, each looked up once: on the bulk import's thread
     * this parse was a quarter of the CPU, and the {@code Optional}s and {@code has}-then-read double lookups of
     * the straightforward form ~5% of that (docs/benchmarks.md §28a). The order of the checks is the order of the
     * errors reported.
     */
    public Validation<Event> parse(Map<String, Object> raw) {
        RawRecord r = new RawRecord(raw);
        EventId id = r.idOrNull("event_id", EventId::new);
        EventType type = type(r);
        UserId user = r.idOrNull("user_id", UserId::new);
        AnonymousId anonymous = r.idOrNull("anonymous_id", AnonymousId::new);
        // a parsed id implies the field is given: the lookups below only run for events without one
        if (user == null && anonymous == null && !r.has("user_id") && !r.has("anonymous_id")) {
            r.error("user_id", "a user_id or an anonymous_id (one is required)", null);
        }
        ItemId item = r.idOrNull("item_id", ItemId::new);
        if (item == null && type != null && type.requiresItem() && !r.has("item_id")) {
            r.error("item_id", "an item_id (required for " + type.wireName() + " events)", null);
        }
        Instant timestamp = r.instantOrNull("timestamp");
        if (timestamp == null && !r.has("timestamp")) {
            r.error("timestamp", "an ISO-8601 instant with zone (required)", null);
        }
        Instant latest = clock.instant().plus(FUTURE_TOLERANCE);
        if (timestamp != null) {
            // microseconds are what every store keeps (PostgreSQL included), so events compare equal after a round trip
            timestamp = timestamp.truncatedTo(ChronoUnit.MICROS);
            if (timestamp.isBefore(EARLIEST)) {
                r.error("timestamp", "a time after " + EARLIEST + " (epoch seconds or milliseconds, or ISO-8601)", timestamp.toString());
            }
            if (timestamp.isAfter(latest)) {
                r.error("timestamp", "a time no later than " + latest + " (one day past the server clock)", timestamp.toString());
            }
        }
        int quantity = quantity(r);
        BigDecimal price = r.decimalOrNull("price");
        if (price != null && (price.signum() < 0 || price.compareTo(MAX_PRICE) >= 0)) {
            r.error("price", "a price of zero or more and below 10^14 (refunds are a type, not a negative price)",
                    price.toPlainString());
        }
        String currency = currency(r);
        SessionId session = r.idOrNull("session_id", SessionId::new);
        Map<String, Object> context = r.object("context");
        Map<String, Object> properties = r.object("properties");
        Map<String, Object> extra = r.unread();
        if (r.hasErrors()) {
            return Validation.invalid(r.errors());
        }
        EventId eventId = id != null ? id : ContentIds.of(type, user, anonymous, item, timestamp, quantity, price,
                currency, session, context, properties, extra);
        return Validation.valid(new Event(eventId, type, user, anonymous, item, timestamp, quantity, price, currency,
                session, context, properties, extra, false));
    }

    private static EventType type(RawRecord r) {
        String t = r.requiredStringOrNull("type");
        if (t == null) {
            return null;
        }
        EventType parsed = EventType.fromWire(t).orElse(null);
        if (parsed == null) {
            r.error("type", "one of " + EventType.ACCEPTED, t);
        }
        return parsed;
    }

    private static int quantity(RawRecord r) {
        long v = r.integerOr("quantity", 1);
        if (v == 0 || Math.abs(v) > 1_000_000) {
            r.error("quantity", "a non-zero integer between -1000000 and 1000000", Long.toString(v));
            return 1;
        }
        return (int) v;
    }

    private static String currency(RawRecord r) {
        String c = r.stringOrNull("currency");
        if (c == null) {
            return null;
        }
        String code = c.toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 3 || !code.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
            r.error("currency", "a three-letter ISO 4217 code such as EUR or CNY", c);
            return null;
        }
        return code;
    }
}

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
import java.util.Optional;

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

    public Validation<Event> parse(Map<String, Object> raw) {
        RawRecord r = new RawRecord(raw);
        Optional<EventId> id = r.id("event_id", EventId::new);
        Optional<EventType> type = r.requiredString("type").flatMap(t -> {
            Optional<EventType> parsed = EventType.fromWire(t);
            if (parsed.isEmpty()) {
                r.error("type", "one of " + EventType.ACCEPTED, t);
            }
            return parsed;
        });
        Optional<UserId> user = r.id("user_id", UserId::new);
        Optional<AnonymousId> anonymous = r.id("anonymous_id", AnonymousId::new);
        // a parsed id implies the field is given: the lookups below only run for events without one
        if (user.isEmpty() && anonymous.isEmpty() && !r.has("user_id") && !r.has("anonymous_id")) {
            r.error("user_id", "a user_id or an anonymous_id (one is required)", null);
        }
        Optional<ItemId> item = r.id("item_id", ItemId::new);
        if (item.isEmpty() && type.isPresent() && type.get().requiresItem() && !r.has("item_id")) {
            r.error("item_id", "an item_id (required for " + type.get().wireName() + " events)", null);
        }
        // microseconds are what every store keeps (PostgreSQL included), so events compare equal after a round trip
        Optional<Instant> timestamp = r.instant("timestamp").map(t -> t.truncatedTo(ChronoUnit.MICROS));
        if (timestamp.isEmpty() && !r.has("timestamp")) {
            r.error("timestamp", "an ISO-8601 instant with zone (required)", null);
        }
        Instant latest = clock.instant().plus(FUTURE_TOLERANCE);
        if (timestamp.isPresent() && timestamp.get().isBefore(EARLIEST)) {
            r.error("timestamp", "a time after " + EARLIEST + " (epoch seconds or milliseconds, or ISO-8601)", timestamp.get().toString());
        }
        if (timestamp.isPresent() && timestamp.get().isAfter(latest)) {
            r.error("timestamp", "a time no later than " + latest + " (one day past the server clock)", timestamp.get().toString());
        }
        int quantity = quantity(r);
        BigDecimal price = r.decimal("price").orElse(null);
        if (price != null && (price.signum() < 0 || price.compareTo(MAX_PRICE) >= 0)) {
            r.error("price", "a price of zero or more and below 10^14 (refunds are a type, not a negative price)",
                    price.toPlainString());
        }
        String currency = currency(r);
        Optional<SessionId> session = r.id("session_id", SessionId::new);
        Map<String, Object> context = r.object("context");
        Map<String, Object> properties = r.object("properties");
        Map<String, Object> extra = r.unread();
        if (r.hasErrors()) {
            return Validation.invalid(r.errors());
        }
        EventId eventId = id.orElseGet(() -> ContentIds.of(type.get(), user.orElse(null), anonymous.orElse(null),
                item.orElse(null), timestamp.get(), quantity, price, currency, session.orElse(null), context,
                properties, extra));
        return Validation.valid(new Event(eventId, type.get(), user.orElse(null), anonymous.orElse(null),
                item.orElse(null), timestamp.get(), quantity, price, currency, session.orElse(null),
                context, properties, extra, false));
    }

    private static int quantity(RawRecord r) {
        Optional<Long> q = r.integer("quantity");
        if (q.isEmpty()) {
            return 1;
        }
        long v = q.get();
        if (v == 0 || Math.abs(v) > 1_000_000) {
            r.error("quantity", "a non-zero integer between -1000000 and 1000000", Long.toString(v));
            return 1;
        }
        return (int) v;
    }

    private static String currency(RawRecord r) {
        Optional<String> c = r.string("currency");
        if (c.isEmpty()) {
            return null;
        }
        String code = c.get().toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 3 || !code.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
            r.error("currency", "a three-letter ISO 4217 code such as EUR or CNY", c.get());
            return null;
        }
        return code;
    }
}

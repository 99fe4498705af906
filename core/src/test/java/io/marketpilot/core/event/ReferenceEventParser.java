package io.marketpilot.core.event;

import io.marketpilot.core.id.AnonymousId;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.SessionId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.core.validation.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The event wire format's rules written the plain way, as the oracle of {@link EventParserProperties}: a HashSet of
 * read names, a lookup per question asked, java.time for every timestamp, LinkedHashMap copies in unmodifiable
 * views. Slow and obvious on purpose; it shares no code with the parser but the typed ids and {@link FieldError}.
 */
final class ReferenceEventParser {
    private final Clock clock;
    private Map<String, Object> raw;
    private List<FieldError> errors;
    private Set<String> read;

    ReferenceEventParser(Clock clock) {
        this.clock = clock;
    }

    Validation<Event> parse(Map<String, Object> record) {
        raw = record;
        errors = new ArrayList<>();
        read = new HashSet<>();
        EventId id = id("event_id", EventId::new);
        EventType type = null;
        if (!given("type")) {
            error("type", "a non-empty string (required)", raw.get("type"));
        } else {
            String t = string("type");
            if (t != null) {
                type = EventType.fromWire(t).orElse(null);
                if (type == null) {
                    error("type", "one of " + EventType.ACCEPTED, t);
                }
            }
        }
        UserId user = id("user_id", UserId::new);
        AnonymousId anonymous = id("anonymous_id", AnonymousId::new);
        if (!given("user_id") && !given("anonymous_id")) {
            error("user_id", "a user_id or an anonymous_id (one is required)", null);
        }
        ItemId item = id("item_id", ItemId::new);
        if (type != null && type.requiresItem() && !given("item_id")) {
            error("item_id", "an item_id (required for " + type.wireName() + " events)", null);
        }
        Instant timestamp = null;
        if (!given("timestamp")) {
            error("timestamp", "an ISO-8601 instant with zone (required)", null);
        } else {
            timestamp = instant(value("timestamp"));
            if (timestamp == null) {
                error("timestamp", "an ISO-8601 instant with zone (2026-03-01T10:15:00Z) or epoch seconds", value("timestamp"));
            } else {
                timestamp = timestamp.truncatedTo(ChronoUnit.MICROS);
            }
        }
        Instant latest = clock.instant().plus(EventParser.FUTURE_TOLERANCE);
        if (timestamp != null && timestamp.isBefore(EventParser.EARLIEST)) {
            error("timestamp", "a time after " + EventParser.EARLIEST + " (epoch seconds or milliseconds, or ISO-8601)", timestamp.toString());
        }
        if (timestamp != null && timestamp.isAfter(latest)) {
            error("timestamp", "a time no later than " + latest + " (one day past the server clock)", timestamp.toString());
        }
        int quantity = 1;
        if (given("quantity")) {
            BigDecimal q = decimal(value("quantity"));
            Long exact = q == null ? null : exactLong(q);
            if (exact == null) {
                error("quantity", "an integer", value("quantity"));
            } else if (exact == 0 || Math.abs(exact) > 1_000_000) {
                error("quantity", "a non-zero integer between -1000000 and 1000000", Long.toString(exact));
            } else {
                quantity = (int) (long) exact;
            }
        }
        BigDecimal price = null;
        if (given("price")) {
            price = decimal(value("price"));
            if (price == null) {
                error("price", "a decimal number such as 12.50", value("price"));
            } else if (price.signum() < 0 || price.compareTo(EventParser.MAX_PRICE) >= 0) {
                error("price", "a price of zero or more and below 10^14 (refunds are a type, not a negative price)", price.toPlainString());
            }
        }
        String currency = string("currency");
        if (currency != null) {
            String code = currency.toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{3}")) {
                error("currency", "a three-letter ISO 4217 code such as EUR or CNY", currency);
                currency = null;
            } else {
                currency = code;
            }
        }
        SessionId session = id("session_id", SessionId::new);
        Map<String, Object> context = object("context");
        Map<String, Object> properties = object("properties");
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            if (e.getValue() != null && !read.contains(e.getKey())) {
                extra.put(e.getKey(), copy(e.getValue()));
            }
        }
        if (!errors.isEmpty()) {
            return Validation.invalid(errors);
        }
        EventId eventId = id != null ? id : ContentIds.of(type, user, anonymous, item, timestamp, quantity, price,
                currency, session, context, properties, frozen(extra));
        return Validation.valid(new Event(eventId, type, user, anonymous, item, timestamp, quantity, price, currency,
                session, context, properties, frozen(extra), false));
    }

    private void error(String field, String expected, Object found) {
        errors.add(new FieldError(field, expected, FieldError.describe(found)));
    }

    private Object value(String field) {
        read.add(field);
        Object v = raw.get(field);
        return v instanceof String s && s.isBlank() ? null : v;
    }

    private boolean given(String field) {
        return value(field) != null;
    }

    private String string(String field) {
        Object v = value(field);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s.strip();
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            BigDecimal d = v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).doubleValue());
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        error(field, "a string", v);
        return null;
    }

    private <T> T id(String field, Function<String, T> ctor) {
        String s = string(field);
        if (s == null) {
            return null;
        }
        try {
            return ctor.apply(s);
        } catch (IllegalArgumentException e) {
            error(field, "an id (" + e.getMessage() + ")", s);
            return null;
        }
    }

    private Map<String, Object> object(String field) {
        Object v = value(field);
        if (v == null) {
            return Map.of();
        }
        if (v instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> copy = (Map<String, Object>) copy(m);
            return copy;
        }
        error(field, "a JSON object", v);
        return Map.of();
    }

    private static Map<String, Object> frozen(Map<String, Object> m) {
        return m.isEmpty() ? Map.of() : Collections.unmodifiableMap(m);
    }

    private static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put((String) e.getKey(), copy(e.getValue()));
            }
            return frozen(out);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object e : list) {
                out.add(copy(e));
            }
            return Collections.unmodifiableList(out);
        }
        return v;
    }

    static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        String s = v instanceof Number || v instanceof String ? v.toString().strip() : null;
        if (s == null || s.isEmpty() || s.length() > 40 || !s.matches("[0-9.eE+-]+")) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long exactLong(BigDecimal d) {
        try {
            return d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Instant instant(Object v) {
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof Number) {
            BigDecimal d = decimal(v);
            Long n = d == null ? null : exactLong(d);
            return n == null ? null : epoch(n);
        }
        if (!(v instanceof String raw)) {
            return null;
        }
        String s = raw.strip();
        if (digits(s)) {
            BigDecimal d = decimal(s);
            Long n = d == null ? null : exactLong(d);
            return n == null ? null : epoch(n);
        }
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        try {
            if (s.endsWith("Z") || s.endsWith("z")) {
                return Instant.parse(s.substring(0, s.length() - 1) + 'Z');
            }
            if (s.endsWith("]")) {
                return ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant();
            }
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An optional minus and at least one decimal digit of any script, char by char. */
    private static boolean digits(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        return s.length() > start && s.substring(start).chars().allMatch(c -> Character.isDigit((char) c));
    }

    private static Instant epoch(long n) {
        return Math.abs(n) >= 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }
}

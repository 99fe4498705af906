package io.marketpilot.store.duckdb;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.AnonymousId;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.SessionId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.store.json.JsonCodec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Maps an {@link Event} to a row of {@code events} ({@link Encoded}) and back (from a ResultSet). */
final class EventRows {
    /** The columns {@link #read} expects, in order. */
    static final String COLUMNS = "event_id, type, user_id, anonymous_id, item_id, ts, ts_nanos, quantity, price,"
            + " currency, session_id, context, properties, extra, bot";
    /** The actor key of a row, as {@link Event#actorKey()} computes it. */
    static final String ACTOR = "coalesce(user_id, 'anon:' || anonymous_id)";

    /** The price column's DECIMAL(precision, scale), as in V001__events.sql; {@link ColumnarRows} uses both. */
    static final int PRICE_SCALE = 4;
    static final int PRICE_PRECISION = 18;
    private static final long MICROS = 1_000_000L;

    private EventRows() {}

    /** Why the event cannot be stored (before anything is written), or null when it can. */
    static String unstorable(Event e) {
        return unstorable(e, scaled(e.price()));
    }

    /** {@link #unstorable(Event)} given the event's price at the storage scale ({@link #scaled}). */
    private static String unstorable(Event e, BigDecimal scaledPrice) {
        if (scaledPrice != null && scaledPrice.precision() > PRICE_PRECISION) {
            return "event " + e.id() + ": price " + e.price().toPlainString() + " exceeds DECIMAL(18,4)"
                    + " (at most 14 digits before the point)";
        }
        try {
            Math.multiplyExact(e.timestamp().getEpochSecond(), MICROS);
        } catch (ArithmeticException overflow) {
            return "event " + e.id() + ": timestamp " + e.timestamp() + " is outside the storable range";
        }
        return null;
    }

    /** The price at the DECIMAL(18,4) scale (its precision computed and cached by BigDecimal), or null. */
    private static BigDecimal scaled(BigDecimal price) {
        if (price == null) {
            return null;
        }
        BigDecimal p = price.setScale(PRICE_SCALE, RoundingMode.HALF_EVEN);
        p.precision(); // computed once here, not on the writer thread (BigDecimal caches it)
        return p;
    }

    /** Reads the event at the cursor of a result selecting {@link #COLUMNS}. */
    static Event read(ResultSet r) throws SQLException {
        long micros = r.getLong(6);
        Instant ts = Instant.ofEpochSecond(Math.floorDiv(micros, MICROS),
                Math.floorMod(micros, MICROS) * 1000 + r.getShort(7));
        String user = r.getString(3);
        String anonymous = r.getString(4);
        String item = r.getString(5);
        String session = r.getString(11);
        return new Event(new EventId(r.getString(1)), type(r.getString(2)),
                user == null ? null : new UserId(user),
                anonymous == null ? null : new AnonymousId(anonymous),
                item == null ? null : new ItemId(item),
                ts, r.getInt(8), price(r.getBigDecimal(9)), r.getString(10),
                session == null ? null : new SessionId(session),
                JsonCodec.readObject(r.getString(12)), JsonCodec.readObject(r.getString(13)),
                JsonCodec.readObject(r.getString(14)), r.getBoolean(15));
    }

    /** Prices come back without the storage scale's trailing zeros: 12.5000 reads as 12.5, 100.0000 as 100. */
    private static BigDecimal price(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal p = stored.stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    private static EventType type(String wire) {
        return EventType.fromWire(wire).orElseThrow(
                () -> new IllegalStateException("events.duckdb holds an unknown event type '" + wire + "'"));
    }

    /**
     * An event with every column value computed: id hash, time as (micros, nanos), price at the DECIMAL(18,4)
     * scale, JSON texts, and (when encoded {@code forColumnar}) the UTF-8 bytes of every text column, indexed by
     * {@link #EVENT_ID} … {@link #EXTRA} (null for SQL NULL; {@code texts} itself is null otherwise). Computed
     * before taking the writer lock (or on the bulk load's encoder thread), so the writer only copies values into
     * DuckDB ({@link AppenderRows}, {@link ColumnarRows}). The byte arrays may be shared between rows (event
     * types, repeated JSON texts): never modify them. {@code quantity} and {@code bot} repeat the event's so that
     * {@link ColumnarRows#fill} never reads the {@link Event} itself, allocated long before on the importing thread:
     * that read was a cache miss per row, ~60 of the ~450 ns per row fill took (A/B harness, docs/benchmarks.md
     * §28b).
     */
    record Encoded(Event event, long idHash, long micros, short nanos, int quantity, boolean bot, BigDecimal price,
                   String context, String properties, String extra, byte[][] texts) {
        static final int EVENT_ID = 0;
        static final int TYPE = 1;
        static final int USER_ID = 2;
        static final int ANONYMOUS_ID = 3;
        static final int ITEM_ID = 4;
        static final int CURRENCY = 5;
        static final int SESSION_ID = 6;
        static final int CONTEXT = 7;
        static final int PROPERTIES = 8;
        static final int EXTRA = 9;
        static final int TEXTS = 10;

        private static final Map<EventType, byte[]> TYPE_NAMES = typeNames();

        /**
         * Checks and encodes a whole batch before anything is written, so a bad event stores nothing; with the
         * UTF-8 bytes {@link ColumnarRows} needs when {@code forColumnar}.
         */
        static List<Encoded> all(List<Event> events, ToLongFunction<String> hasher, boolean forColumnar) {
            List<Encoded> rows = new ArrayList<>(events.size());
            JsonTexts texts = new JsonTexts();
            for (Event e : events) {
                // scaled once for the check and the row (it was twice: JFR of the encoder showed setScale)
                BigDecimal price = scaled(e.price());
                String problem = unstorable(e, price);
                if (problem != null) {
                    throw new IllegalArgumentException(problem + "; nothing of this batch was stored");
                }
                try {
                    rows.add(of(e, price, hasher, texts, forColumnar));
                } catch (IllegalArgumentException notJson) {
                    throw new IllegalArgumentException("event " + e.id() + ": " + notJson.getMessage()
                            + "; nothing of this batch was stored", notJson);
                }
            }
            return rows;
        }

        static Encoded of(Event e, ToLongFunction<String> hasher, boolean forColumnar) {
            return of(e, scaled(e.price()), hasher, new JsonTexts(), forColumnar);
        }

        private static Encoded of(Event e, BigDecimal price, ToLongFunction<String> hasher, JsonTexts json,
                                  boolean forColumnar) {
            Instant t = e.timestamp();
            // each text's bytes right after writeNullable, which makes JsonTexts share remembered bytes
            String context = json.writeNullable(e.context());
            byte[] contextUtf8 = forColumnar ? json.utf8(context) : null;
            String properties = json.writeNullable(e.properties());
            byte[] propertiesUtf8 = forColumnar ? json.utf8(properties) : null;
            String extra = JsonCodec.writeNullable(e.extra());
            return new Encoded(e, hasher.applyAsLong(e.id().value()), t.getEpochSecond() * MICROS + t.getNano() / 1000,
                    (short) (t.getNano() % 1000), e.quantity(), e.bot(), price, context, properties, extra,
                    forColumnar ? texts(e, contextUtf8, propertiesUtf8, extra) : null);
        }

        private static byte[][] texts(Event e, byte[] context, byte[] properties, String extra) {
            byte[][] texts = new byte[TEXTS][];
            texts[EVENT_ID] = utf8(e.id().value());
            texts[TYPE] = TYPE_NAMES.get(e.type());
            texts[USER_ID] = e.userId() == null ? null : utf8(e.userId().value());
            texts[ANONYMOUS_ID] = e.anonymousId() == null ? null : utf8(e.anonymousId().value());
            texts[ITEM_ID] = e.itemId() == null ? null : utf8(e.itemId().value());
            texts[CURRENCY] = utf8(e.currency());
            texts[SESSION_ID] = e.sessionId() == null ? null : utf8(e.sessionId().value());
            texts[CONTEXT] = context;
            texts[PROPERTIES] = properties;
            texts[EXTRA] = utf8(extra);
            return texts;
        }

        private static byte[] utf8(String s) {
            return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
        }

        private static Map<EventType, byte[]> typeNames() {
            Map<EventType, byte[]> names = new EnumMap<>(EventType.class);
            for (EventType type : EventType.values()) {
                names.put(type, utf8(type.wireName()));
            }
            return names;
        }
    }
}

package io.marketpilot.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.store.duckdb.EventRows.Encoded;
import io.marketpilot.store.json.JsonCodec;
import io.marketpilot.testkit.RandomEvents;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A chunk encoded for the columnar path (with its shared JSON texts and bytes, the price scaled once) holds, for
 * every event, exactly the values an independent, uncached encoding of that event alone gives: id hash, time,
 * quantity, bot, price, JSON texts and the UTF-8 bytes of every text column.
 */
class EncodedProperties {

    @Property(tries = 60)
    void aChunkEncodesEveryEventAsItsOwnUncachedEncoding(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int n,
                                                          @ForAll @IntRange(min = 1, max = 12) int contexts) {
        List<Event> events = withRepeatedContexts(new RandomEvents(seed).batch(n), contexts);

        List<Encoded> chunk = Encoded.all(events, IdHash::of, true);

        assertThat(chunk).hasSize(n);
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            Encoded row = chunk.get(i);
            assertThat(row.event()).isSameAs(e);
            assertThat(row.idHash()).isEqualTo(IdHash.of(e.id().value()));
            assertThat(row.micros() * 1000 + row.nanos())
                    .isEqualTo(e.timestamp().getEpochSecond() * 1_000_000_000L + e.timestamp().getNano());
            assertThat(row.quantity()).isEqualTo(e.quantity());
            assertThat(row.bot()).isEqualTo(e.bot());
            assertThat(row.price()).isEqualTo(e.price() == null ? null : e.price().setScale(4, RoundingMode.HALF_EVEN));
            assertThat(row.context()).isEqualTo(JsonCodec.writeNullable(e.context()));
            assertThat(row.properties()).isEqualTo(JsonCodec.writeNullable(e.properties()));
            assertThat(row.extra()).isEqualTo(JsonCodec.writeNullable(e.extra()));
            assertThat(row.texts()).isDeepEqualTo(oracleTexts(e));
        }
    }

    /** Random events, each given one of {@code k} small contexts (fresh maps), so the chunk's cache hits. */
    private static List<Event> withRepeatedContexts(List<Event> events, int k) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Map<String, Object> context = i % 3 == 0 ? e.context()
                    : i % 2 == 0 ? Map.of(new String("channel"), new String("web-" + (i % k)))
                    : new LinkedHashMap<>(Map.of("device", "手机-" + (i % k), "n", i % k));
            out.add(new Event(e.id(), e.type(), e.userId(), e.anonymousId(), e.itemId(), e.timestamp(), e.quantity(),
                    e.price(), e.currency(), e.sessionId(), context, e.properties(), e.extra(), e.bot()));
        }
        return out;
    }

    private static byte[][] oracleTexts(Event e) {
        return new byte[][] {
            utf8(e.id().value()), utf8(e.type().wireName()),
            utf8(e.userId() == null ? null : e.userId().value()),
            utf8(e.anonymousId() == null ? null : e.anonymousId().value()),
            utf8(e.itemId() == null ? null : e.itemId().value()), utf8(e.currency()),
            utf8(e.sessionId() == null ? null : e.sessionId().value()),
            utf8(JsonCodec.writeNullable(e.context())), utf8(JsonCodec.writeNullable(e.properties())),
            utf8(JsonCodec.writeNullable(e.extra()))};
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}

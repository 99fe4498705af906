package io.marketpilot.automation.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class LiveSegmentsTest {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final Population NOBODY = new Population() {
        @Override
        public CustomerFacts facts(String userId) {
            return CustomerFacts.NONE;
        }

        @Override
        public void forEach(BiConsumer<String, CustomerFacts> sink) { }
    };
    private static final ItemCategories NO_CATALOGUE = new ItemCategories() {
        @Override
        public Set<String> of(String itemId) {
            return Set.of();
        }

        @Override
        public void forEachItem(BiConsumer<String, Set<String>> sink) { }
    };

    /** A later condition with a longer window lengthens the shared channel: its events are kept once, and counted. */
    @Test
    void aLongerWindowLaterLengthensTheSharedChannelInsteadOfBufferingTwice() {
        List<Event> log = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            log.add(view("e" + day, "u1", NOW.minus(Duration.ofDays(day)).plusSeconds(60)));
        }
        LiveSegments live = new LiveSegments(NOBODY, NO_CATALOGUE, SegmentListener.NONE);
        live.add(List.of(segment("short", "2d", 2)), id -> List.of("u1"), replay(log), NOW);
        long shortOnly = live.footprint().bytes();

        live.add(List.of(segment("long", "7d", 7)), id -> List.of("u1"), replay(log), NOW);

        assertThat(live.members(new SegmentId("short"))).containsExactly("u1");
        assertThat(live.members(new SegmentId("long"))).containsExactly("u1");
        // 7 views within 7 days, one channel: 5 more entries (8 bytes each) than the 2 of the 2-day window
        assertThat(live.footprint().bytes() - shortOnly).isEqualTo(5 * 8);

        // the lengthened channel keeps counting the new events and expiring the old ones for both segments
        Instant later = NOW.plus(Duration.ofHours(12));
        live.advance(later);
        assertThat(live.members(new SegmentId("long"))).isEmpty(); // the 7th view left the 7-day window
        live.onEvents(List.of(view("e0", "u1", later)), later);
        assertThat(live.members(new SegmentId("long"))).containsExactly("u1");
        assertThat(live.members(new SegmentId("short"))).containsExactly("u1");
    }

    private static SegmentDefinition segment(String id, String window, int atLeast) {
        Parsed p = new DefinitionParser(x -> Optional.empty()).parse(Map.of("id", id, "name", id, "condition",
                Map.of("performed", Map.of("type", "view"), "op", ">=", "value", atLeast, "window", window)));
        return ((Parsed.Valid) p).definition();
    }

    private static LiveSegments.Replay replay(List<Event> log) {
        return (from, types, sink) -> log.stream().filter(e -> !e.timestamp().isBefore(from))
                .filter(e -> types.isEmpty() || types.contains(e.type())).forEach(sink);
    }

    private static Event view(String id, String user, Instant at) {
        return new Event(EventId.of(id), EventType.VIEW, UserId.of(user), null, ItemId.of("i1"), at, 1,
                BigDecimal.ONE, "EUR", null, Map.of(), Map.of(), Map.of(), false);
    }
}

package io.marketpilot.features.identity;

import static io.marketpilot.features.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Identity merges give the same profiles whatever order identify events arrive in, and however often. */
class ProfileBookProperties {

    @Property(tries = 150)
    void mergesAreIdempotentAndOrderIndependent(@ForAll @IntRange(min = 1, max = 4) int visitors,
                                                @ForAll @IntRange(min = 0, max = 12) int eventsEach,
                                                @ForAll long seedA, @ForAll long seedB) {
        List<Event> behaviour = behaviour(visitors, eventsEach, seedA);
        List<Event> identifies = new ArrayList<>();
        for (int v = 0; v < visitors; v++) {
            identifies.add(event("id" + v).type(EventType.IDENTIFY).user("u1").anon("a" + v).days(30)
                    .properties(Map.of("traits", Map.of("visitor", "a" + v, "points", v + 1))).build());
        }
        var one = run(behaviour, identifies, seedA, false);
        var other = run(behaviour, identifies, seedB, true);
        assertThat(one.get("u1").orElseThrow().equalsWithin(other.get("u1").orElseThrow(), 1e-4)).isTrue();
        for (int v = 0; v < visitors; v++) {
            assertThat(one.resolve("anon:a" + v)).isEqualTo("u1");
            assertThat(other.resolve("anon:a" + v)).isEqualTo("u1");
        }
    }

    @Property(tries = 150)
    void identifyingBeforeOrAfterTheVisitorsEventsCountsTheSame(@ForAll @IntRange(min = 1, max = 3) int visitors,
                                                                @ForAll @IntRange(min = 0, max = 12) int eventsEach,
                                                                @ForAll long seed) {
        List<Event> behaviour = behaviour(visitors, eventsEach, seed);
        List<Event> first = new ArrayList<>();
        List<Event> last = new ArrayList<>();
        for (int v = 0; v < visitors; v++) {
            var identify = event("id" + v).type(EventType.IDENTIFY).user("u1").anon("a" + v)
                    .properties(Map.of("traits", Map.of("visitor", "a" + v)));
            first.add(identify.minutes(-1).build());
            last.add(identify.days(30).build());
        }
        ProfileBook early = ProfileBookTest.book();
        first.forEach(early::apply);
        behaviour.forEach(early::apply);
        ProfileBook late = ProfileBookTest.book();
        behaviour.forEach(late::apply);
        last.forEach(late::apply);
        var a = early.get("u1").orElseThrow();
        var b = late.get("u1").orElseThrow();
        for (EventType t : EventType.values()) {
            assertThat(a.count(t)).as(t.wireName()).isEqualTo(b.count(t));
            assertThat(a.sum(t)).as(t.wireName()).isEqualTo(b.sum(t));
        }
        assertThat(a.traits().values().keySet()).isEqualTo(b.traits().values().keySet());
    }

    private static ProfileBook run(List<Event> behaviour, List<Event> identifies, long seed, boolean repeat) {
        ProfileBook book = ProfileBookTest.book();
        behaviour.forEach(book::apply);
        List<Event> shuffled = new ArrayList<>(identifies);
        if (repeat) {
            shuffled.addAll(identifies);
        }
        Collections.shuffle(shuffled, new Random(seed));
        shuffled.forEach(book::apply);
        return book;
    }

    private static List<Event> behaviour(int visitors, int eachCount, long seed) {
        Random r = new Random(seed);
        List<Event> out = new ArrayList<>();
        for (int v = -1; v < visitors; v++) {
            for (int i = 0; i < eachCount; i++) {
                var b = event("b" + v + "-" + i).type(r.nextBoolean() ? EventType.VIEW : EventType.PURCHASE)
                        .item("i" + r.nextInt(5)).price(1 + r.nextInt(50) + ".00").minutes(r.nextInt(60 * 24 * 20));
                out.add((v < 0 ? b.user("u1") : b.anonOnly("a" + v)).build());
            }
        }
        out.sort(java.util.Comparator.comparing(Event::timestamp));
        return out;
    }
}

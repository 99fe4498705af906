package io.marketpilot.features.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.features.TestEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The reducer ignores replays; merges are commutative and associative. */
class ProfileProperties {
    private final Vocabulary vocabulary = Vocabulary.create();
    private final ProfileReducer reducer = new ProfileReducer(ProfileConfig.DEFAULT, vocabulary,
            item -> Optional.of(new ItemFacts.Facts("c" + item.value().hashCode() % 3, "b" + item.value().length())));
    private final ProfileMerge merge = new ProfileMerge(ProfileConfig.DEFAULT);

    @Property(tries = 200)
    void replayingRecentEventsChangesNothing(@ForAll("histories") List<Event> events, @ForAll @IntRange(min = 1, max = 15) int back) {
        Profile p = fold("u1", events);
        int from = Math.max(0, events.size() - back);
        Profile replayed = p;
        for (Event e : events.subList(from, events.size())) {
            replayed = reducer.apply(replayed, e);
        }
        assertThat(replayed).isEqualTo(p);
    }

    @Property(tries = 200)
    void replayingAnyEarlierEventChangesNothing(@ForAll("histories") List<Event> events, @ForAll long seed) {
        Profile p = fold("u1", events);
        var random = new java.util.Random(seed);
        Profile replayed = p;
        for (int i = 0; i < 10 && !events.isEmpty(); i++) {
            replayed = reducer.apply(replayed, events.get(random.nextInt(events.size())));
        }
        assertThat(replayed).isEqualTo(p);
    }

    @Property(tries = 200)
    void duplicatesInsideTheStreamAreIgnored(@ForAll("histories") List<Event> events, @ForAll long seed) {
        List<Event> withDuplicates = new ArrayList<>();
        var random = new java.util.Random(seed);
        for (int i = 0; i < events.size(); i++) {
            withDuplicates.add(events.get(i));
            if (random.nextInt(3) == 0) {
                withDuplicates.add(events.get(Math.max(0, i - random.nextInt(8))));
            }
        }
        assertThat(fold("u1", withDuplicates)).isEqualTo(fold("u1", events));
    }

    @Property(tries = 200)
    void mergeIsCommutativeAndAssociative(@ForAll("histories") List<Event> a, @ForAll("histories") List<Event> b,
                                          @ForAll("histories") List<Event> c) {
        Profile x = fold("u", a);
        Profile y = fold("u", rename(b, "y"));
        Profile z = fold("u", rename(c, "z"));
        assertThat(merge.merge(x, y).equalsWithin(merge.merge(y, x), 1e-5)).isTrue();
        assertThat(merge.merge(merge.merge(x, y), z).equalsWithin(merge.merge(x, merge.merge(y, z)), 1e-4)).isTrue();
    }

    private static List<Event> rename(List<Event> events, String prefix) {
        return events.stream().map(e -> new Event(io.marketpilot.core.id.EventId.of(prefix + e.id().value()), e.type(),
                e.userId(), e.anonymousId(), e.itemId(), e.timestamp(), e.quantity(), e.price(), e.currency(), e.sessionId(),
                e.context(), e.properties(), e.extra(), false)).toList();
    }

    private Profile fold(String key, List<Event> events) {
        Profile p = Profile.empty(key);
        for (Event e : events) {
            p = reducer.apply(p, e);
        }
        return p;
    }

    @Provide
    Arbitrary<List<Event>> histories() {
        Arbitrary<EventType> types = Arbitraries.of(EventType.VIEW, EventType.ADD_TO_CART, EventType.PURCHASE,
                EventType.IDENTIFY, EventType.REFUND);
        Arbitrary<Event> one = Combinators.combine(types, Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 60 * 24 * 20), Arbitraries.integers().between(1, 999),
                Arbitraries.of("red", "blue", "")).as((type, item, minute, cents, colour) ->
                TestEvents.event("x").type(type).item(type.requiresItem() ? "i" + item : null).minutes(minute)
                        .price(cents / 100 + "." + cents % 100).properties(type == EventType.IDENTIFY
                                ? Map.of("colour", colour) : Map.of()).build());
        return one.list().ofMaxSize(40).map(list -> {
            List<Event> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Event e = list.get(i);
                out.add(new Event(io.marketpilot.core.id.EventId.of("e" + i), e.type(), e.userId(), e.anonymousId(),
                        e.itemId(), e.timestamp(), e.quantity(), e.price(), e.currency(), e.sessionId(), e.context(),
                        e.properties(), e.extra(), false));
            }
            out.sort(java.util.Comparator.comparing(Event::timestamp));
            return out;
        });
    }
}

package io.marketpilot.data.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.testkit.EventBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link BotDetector} (which processes a batch actor by actor when it can) against {@link Reference}, the class
 * comment's contract written out event by event with plain collections: same bots reported in the same order,
 * same events marked, same actors remembered and tracked after every batch. Streams of several actors (user and
 * anonymous) with out-of-order times, bursts over the threshold, idle gaps, uncounted types, small bounds so actors
 * and bots are forgotten by the bound, and bots marked from outside between batches.
 */
class BotDetectorProperties {
    private static final List<String> ACTORS = List.of("u1", "u2", "u3", "u4", "u5", "u6", "anon:a1", "anon:a2");
    private static final List<EventType> TYPES = List.of(EventType.VIEW, EventType.VIEW, EventType.CLICK,
            EventType.SEARCH, EventType.PURCHASE, EventType.IMPRESSION);

    record Step(List<Event> batch, List<String> marked) {}

    record Scenario(int maxEvents, long windowMillis, int maxActors, List<Step> steps) {}

    @Property(tries = 1500)
    void behavesAsTheEventByEventReference(@ForAll("scenarios") Scenario s) {
        BotPolicy policy = new BotPolicy(s.maxEvents(), Duration.ofMillis(s.windowMillis()), s.maxActors());
        BotDetector detector = new BotDetector(policy);
        BotDetector fedByCleaner = new BotDetector(policy); // given the actors as EventCleaner records them
        Reference reference = new Reference(policy);
        for (Step step : s.steps()) {
            if (!step.marked().isEmpty()) {
                detector.markBots(step.marked());
                fedByCleaner.markBots(step.marked());
                reference.markBots(step.marked());
            }
            BatchActors actors = fedByCleaner.newBatch(step.batch().size() / 2); // also when more than expected
            step.batch().forEach(actors::add);
            List<String> expected = new ArrayList<>(reference.observe(step.batch()));
            assertThat(new ArrayList<>(detector.observe(step.batch()))).isEqualTo(expected);
            assertThat(new ArrayList<>(fedByCleaner.observe(step.batch(), actors))).isEqualTo(expected);
            for (BotDetector d : List.of(detector, fedByCleaner)) {
                assertThat(d.markedAsBots(step.batch())).isEqualTo(reference.markedAsBots(step.batch()));
                assertThat(d.trackedActors()).isEqualTo(reference.windows.size());
                for (String actor : ACTORS) {
                    assertThat(d.isBot(actor)).as(actor).isEqualTo(reference.bots.containsKey(actor));
                }
            }
        }
    }

    /** Thousands of actors in one batch, more than expected: the batch's actor table grows and keeps every actor apart. */
    @net.jqwik.api.Example
    void manyActorsInOneBatch() {
        BotPolicy policy = new BotPolicy(3, Duration.ofSeconds(10), 100_000);
        BotDetector fedByCleaner = new BotDetector(policy);
        Reference reference = new Reference(policy);
        java.util.Random random = new java.util.Random(7);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            events.add(EventBuilder.view("u" + random.nextInt(5_000), "sku-1").at(EventBuilder.T0.plusMillis(i * 3L)).build());
        }
        BatchActors actors = fedByCleaner.newBatch(10);
        events.forEach(actors::add);
        assertThat(new ArrayList<>(fedByCleaner.observe(events, actors))).isEqualTo(new ArrayList<>(reference.observe(events)))
                .isNotEmpty();
        assertThat(fedByCleaner.trackedActors()).isEqualTo(reference.windows.size());
    }

    /** The contract, event by event: an access-ordered map of sorted time lists, every run checked after each add. */
    static final class Reference {
        private final BotPolicy policy;
        private final long window;
        final LinkedHashMap<String, List<Long>> windows = new LinkedHashMap<>(16, 0.75f, true);
        final LinkedHashMap<String, Boolean> bots;
        private long watermark = Long.MIN_VALUE;

        Reference(BotPolicy policy) {
            this.policy = policy;
            this.window = policy.window().toMillis();
            this.bots = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > policy.maxActors();
                }
            };
        }

        Set<String> observe(List<Event> events) {
            List<Event> byTime = new ArrayList<>(events);
            byTime.sort(Comparator.comparing(Event::timestamp)); // stable
            Set<String> flagged = new LinkedHashSet<>();
            for (Event e : byTime) {
                String actor = e.actorKey();
                if (!policy.countedTypes().contains(e.type()) || bots.get(actor) != null) {
                    continue;
                }
                long t = e.timestamp().toEpochMilli();
                watermark = Math.max(watermark, t);
                List<Long> held = windows.computeIfAbsent(actor, a -> new ArrayList<>());
                held.add(t);
                held.sort(null);
                boolean dense = false;
                for (int i = 0; i + policy.maxEvents() < held.size(); i++) {
                    dense |= held.get(i + policy.maxEvents()) - held.get(i) < window;
                }
                long newest = held.getLast();
                held.removeIf(x -> x < newest - 2 * window);
                if (dense) {
                    windows.remove(actor);
                    bots.put(actor, Boolean.TRUE);
                    flagged.add(actor);
                }
            }
            var eldestFirst = windows.entrySet().iterator();
            while (watermark != Long.MIN_VALUE && eldestFirst.hasNext()) {
                boolean idle = eldestFirst.next().getValue().getLast() < watermark - 2 * window;
                if (!idle && windows.size() <= policy.maxActors()) {
                    break;
                }
                eldestFirst.remove();
            }
            return flagged;
        }

        List<Event> markedAsBots(List<Event> events) {
            return events.stream().map(e -> bots.containsKey(e.actorKey()) ? e.asBot() : e).toList();
        }

        void markBots(Collection<String> actors) {
            for (String actor : actors) {
                windows.remove(actor);
                bots.put(actor, Boolean.TRUE);
            }
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Event> event = Combinators.combine(Arbitraries.of(ACTORS), Arbitraries.of(TYPES),
                Arbitraries.longs().between(-40_000, 40_000), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 999_999)).as((actor, type, offset, burst, nanos) -> {
                    // a quarter of the events land on a few shared instants: bursts and ties
                    long millis = burst == 0 ? (offset % 4) * 7 : offset;
                    EventBuilder b = actor.startsWith("anon:")
                            ? EventBuilder.anonymousView(actor.substring(5), "sku-1").type(type)
                            : EventBuilder.event(type, actor, "sku-1");
                    return b.at(EventBuilder.T0.plusMillis(millis).plusNanos(nanos % 3 == 0 ? nanos : 0)).build();
                });
        // each batch is shifted by up to ten minutes: later or earlier than the last, so actors go idle and come back
        Arbitrary<List<Event>> batch = Combinators.combine(event.list().ofMaxSize(40).injectDuplicates(0.05),
                Arbitraries.longs().between(0, 600_000)).as((events, shift) -> events.stream()
                        .map(e -> shifted(e, shift)).toList());
        Arbitrary<Step> step = Combinators.combine(batch, Arbitraries.of(ACTORS).list().ofMaxSize(2)
                        .injectDuplicates(0.2), Arbitraries.integers().between(0, 5))
                .as((events, marked, mark) -> new Step(events, mark == 0 ? marked : List.of()));
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.longs().between(1, 30_000),
                Arbitraries.integers().between(1, 10), step.list().ofMinSize(1).ofMaxSize(8)).as(Scenario::new);
    }

    private static Event shifted(Event e, long millis) {
        return new Event(e.id(), e.type(), e.userId(), e.anonymousId(), e.itemId(), e.timestamp().plusMillis(millis),
                e.quantity(), e.price(), e.currency(), e.sessionId(), e.context(), e.properties(), e.extra(), e.bot());
    }
}

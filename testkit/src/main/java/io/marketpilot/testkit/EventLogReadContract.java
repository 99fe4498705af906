package io.marketpilot.testkit;

import static io.marketpilot.testkit.EventAssertions.ids;
import static io.marketpilot.testkit.EventBuilder.T0;
import static io.marketpilot.testkit.EventBuilder.anonymousView;
import static io.marketpilot.testkit.EventBuilder.purchase;
import static io.marketpilot.testkit.EventBuilder.search;
import static io.marketpilot.testkit.EventBuilder.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.core.store.EventStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The read half of the event-log contract: ordering, filters, stats and bot flags. Extended by {@link EventLogContract}. */
public abstract class EventLogReadContract extends EventLogFixture {

    @Test
    void scanIsInTimestampOrderWithTiesInAppendOrder() {
        log.append(List.of(view("u1", "a").id("late").atSecond(20).build(),
                view("u1", "b").id("tie-1").atSecond(10).build()));
        log.append(List.of(view("u2", "c").id("early").atSecond(5).build(),
                view("u2", "d").id("tie-2").atSecond(10).build()));
        log.append(List.of(view("u3", "e").id("tie-3").atSecond(10).build()));

        assertThat(ids(scanAll())).containsExactly("early", "tie-1", "tie-2", "tie-3", "late");
    }

    @Test
    void scanOfManyBatchesMatchesAStableSortOfWhatWasAppended() {
        RandomEvents random = new RandomEvents(7).spanSeconds(600);
        List<Event> appended = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            List<Event> batch = random.batch(500);
            log.append(batch);
            appended.addAll(batch);
        }
        List<Event> expected = appended.stream().sorted(Comparator.comparing(Event::timestamp)).toList();

        EventAssertions.assertSameEvents(scanAll(), expected);
    }

    @Test
    void recentIsTheUsersNewestEventsFirst() {
        log.append(List.of(view("u1", "a").id("old").atSecond(1).build(),
                view("u1", "b").id("new").atSecond(3).build(),
                view("u1", "c").id("mid").atSecond(2).build(),
                view("u2", "d").id("other-user").atSecond(4).build(),
                anonymousView("u1", "e").id("anonymous-with-same-string").atSecond(5).build()));
        log.append(List.of(view("u1", "f").id("new-appended-later").atSecond(3).build()));

        assertThat(ids(log.recent(UserId.of("u1"), 10))).containsExactly("new-appended-later", "new", "mid", "old");
        assertThat(ids(log.recent(UserId.of("u1"), 2))).containsExactly("new-appended-later", "new");
        assertThat(log.recent(UserId.of("u1"), 0)).isEmpty();
        assertThat(log.recent(UserId.of("nobody"), 10)).isEmpty();
    }

    @Test
    void scanFiltersByTypeAndHalfOpenTimeRange() {
        log.append(List.of(view("u1", "a").id("v0").atSecond(0).build(),
                purchase("u1", "a", "5.00").id("p10").atSecond(10).build(),
                view("u1", "a").id("v20").atSecond(20).build(),
                search("u1", "tea").id("s30").atSecond(30).build()));

        assertThat(ids(scan(EventQuery.ofTypes(Set.of(EventType.VIEW, EventType.SEARCH)))))
                .containsExactly("v0", "v20", "s30");
        assertThat(ids(scan(new EventQuery(Set.of(), T0.plusSeconds(10), T0.plusSeconds(30), true))))
                .as("from is inclusive, to exclusive").containsExactly("p10", "v20");
        assertThat(ids(scan(new EventQuery(Set.of(EventType.VIEW), T0.plusSeconds(1), null, true))))
                .containsExactly("v20");
        assertThat(ids(scan(new EventQuery(Set.of(), null, T0.plusSeconds(10), true)))).containsExactly("v0");
    }

    @Test
    void statsOfAnEmptyLog() {
        EventStats stats = log.stats();

        assertThat(stats).isEqualTo(new EventStats(0, Map.of(), 0, 0, null, null));
    }

    @Test
    void statsCountTypesActorsBotsAndTimeSpan() {
        log.append(List.of(view("u1", "a").atSecond(5).build(),
                view("u1", "b").atSecond(7).build(),
                purchase("u2", "a", "10").at(T0.plusNanos(1_000)).build(),
                anonymousView("x1", "a").atSecond(9).bot().build()));

        EventStats stats = log.stats();

        assertThat(stats.total()).isEqualTo(4);
        assertThat(stats.byType()).isEqualTo(Map.of(EventType.VIEW, 3L, EventType.PURCHASE, 1L));
        assertThat(stats.actors()).as("u1, u2 and anon:x1").isEqualTo(3);
        assertThat(stats.botEvents()).isEqualTo(1);
        assertThat(stats.first()).isEqualTo(T0.plusNanos(1_000));
        assertThat(stats.last()).isEqualTo(T0.plusSeconds(9));
    }

    @Test
    void flagBotsMarksEveryEventOfTheActors() {
        log.append(List.of(view("u1", "a").build(), view("u1", "b").build(), view("u2", "a").build(),
                anonymousView("x1", "a").build(), anonymousView("x2", "a").build()));

        int flagged = log.flagBots(List.of("u1", "anon:x1", "never-seen"));

        assertThat(flagged).isEqualTo(3);
        assertThat(log.botActors()).containsExactlyInAnyOrder("u1", "anon:x1");
        assertThat(log.stats().botEvents()).isEqualTo(3);
        assertThat(scan(EventQuery.forTraining())).extracting(Event::actorKey).containsExactly("u2", "anon:x2");
        assertThat(scanAll()).hasSize(5);
        assertThat(log.flagBots(List.of())).isZero();
    }

    @Test
    void eventsAppendedAsBotsMakeTheirActorsBots() {
        log.append(List.of(view("crawler", "a").bot().build(), view("u1", "a").build()));

        assertThat(log.botActors()).containsExactly("crawler");
        assertThat(ids(scan(EventQuery.forTraining()))).hasSize(1);
    }
}

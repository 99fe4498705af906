package io.marketpilot.data.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.testkit.EventBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BotDetectorTest {
    private static final Instant T0 = EventBuilder.T0;
    /** More than 5 events within 10 s is a bot. */
    private final BotDetector detector = new BotDetector(new BotPolicy(5, Duration.ofSeconds(10), 1_000));

    private static List<Event> views(String user, long... secondsAfterT0) {
        List<Event> events = new ArrayList<>();
        for (long s : secondsAfterT0) {
            events.add(EventBuilder.view(user, "sku-1").at(T0.plusSeconds(s)).build());
        }
        return events;
    }

    @Test
    void exactlyTheLimitWithinAWindowIsHuman() {
        assertThat(detector.observe(views("u1", 0, 1, 2, 3, 4))).isEmpty();
        assertThat(detector.observe(views("u1", 10, 11, 12, 13, 14))).isEmpty(); // 5 per 10 s, windows half-open
        assertThat(detector.isBot("u1")).isFalse();
    }

    @Test
    void oneMoreThanTheLimitWithinAWindowFlagsTheActorOnce() {
        assertThat(detector.observe(views("u1", 0, 2, 4, 6, 8))).isEmpty();
        assertThat(detector.observe(views("u1", 9))).containsExactly("u1");
        assertThat(detector.isBot("u1")).isTrue();
        assertThat(detector.observe(views("u1", 20, 21, 22, 23, 24, 25))).isEmpty(); // already known
        assertThat(detector.trackedActors()).isZero(); // a bot's window is no longer needed
    }

    @Test
    void slowSteadyActivityIsNeverABot() {
        long[] everyThreeSeconds = new long[500];
        for (int i = 0; i < everyThreeSeconds.length; i++) {
            everyThreeSeconds[i] = 3L * i;
        }
        assertThat(detector.observe(views("u1", everyThreeSeconds))).isEmpty();
    }

    @Test
    void outOfOrderEventsAcrossBatchesAreCountedWhereTheyBelong() {
        assertThat(detector.observe(views("u1", 100, 101, 102))).isEmpty();
        assertThat(detector.observe(views("u1", 50, 95))).isEmpty();         // old and late, not dense
        assertThat(detector.observe(views("u1", 98, 97, 99))).containsExactly("u1"); // 95,97,98,99,100,101 < 10 s
    }

    @Test
    void shuffledBurstIsFlaggedLikeASortedOne() {
        List<Event> burst = views("u1", 0, 1, 2, 3, 4, 5, 6, 7);
        Collections.shuffle(burst, new Random(42));
        assertThat(detector.observe(burst)).containsExactly("u1");
    }

    @Test
    void anonymousActorsAreKeyedAsTheEventSaysAndOthersAreUnaffected() {
        List<Event> batch = new ArrayList<>(views("human", 0, 30));
        for (int i = 0; i < 6; i++) {
            batch.add(EventBuilder.anonymousView("a-9", "sku-1").at(T0.plusSeconds(i)).build());
        }
        assertThat(detector.observe(batch)).containsExactly("anon:a-9");
        assertThat(detector.isBot("human")).isFalse();
    }

    @Test
    void idleActorsAreForgottenAndMemoryStaysBounded() {
        BotDetector small = new BotDetector(new BotPolicy(5, Duration.ofSeconds(10), 100));
        for (int i = 0; i < 1_000; i++) {
            small.observe(views("u" + i, i)); // one event per actor, one actor per second
        }
        assertThat(small.trackedActors()).isLessThanOrEqualTo(21); // only actors active in the last 2 windows

        BotDetector crowded = new BotDetector(new BotPolicy(5, Duration.ofSeconds(10), 100));
        List<Event> sameSecond = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            sameSecond.addAll(views("u" + i, 0));
        }
        crowded.observe(sameSecond);
        assertThat(crowded.trackedActors()).isEqualTo(100);
    }

    @Test
    void extremeInstantsDoNotBreakIt() {
        Event ancient = EventBuilder.view("u1", "sku-1").at(Instant.parse("-999999999-01-01T00:00:00Z")).build();
        assertThat(detector.observe(List.of(ancient))).isEmpty();
    }

    @Test
    void orderLinesAndShopEmittedEventsDoNotCountButABotsPurchasesAreMarked() {
        List<Event> checkout = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            checkout.add(EventBuilder.purchase("wholesaler", "sku-" + i, "1.00").build()); // one invoice, 50 lines
            checkout.add(EventBuilder.event(EventType.IMPRESSION, "wholesaler", "sku-" + i).build());
        }
        assertThat(detector.observe(checkout)).isEmpty();

        List<Event> crawl = new ArrayList<>(views("crawler", 0, 1, 2, 3, 4, 5));
        crawl.add(EventBuilder.purchase("crawler", "sku-1", "1.00").at(T0.plusSeconds(6)).build());
        assertThat(detector.observe(crawl)).containsExactly("crawler");
    }

    @Test
    void countedTypesAreConfigurable() {
        BotDetector purchasesToo = new BotDetector(new BotPolicy(5, Duration.ofSeconds(10), 100)
                .withCountedTypes(EnumSet.allOf(EventType.class)));
        List<Event> checkout = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            checkout.add(EventBuilder.purchase("wholesaler", "sku-" + i, "1.00").build());
        }
        assertThat(purchasesToo.observe(checkout)).containsExactly("wholesaler");
    }

    @Test
    void policyRejectsNonsense() {
        assertThatThrownBy(() -> new BotPolicy(0, Duration.ofSeconds(1), 1)).hasMessageContaining("maxEvents");
        assertThatThrownBy(() -> new BotPolicy(1, Duration.ZERO, 1)).hasMessageContaining("window");
    }
}

package io.marketpilot.automation.journey;

import static io.marketpilot.automation.journey.Journeys.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.segment.FactKind;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.MembershipChange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriggersTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String EXIT = "[{'id': 'done', 'type': 'exit'}]";

    @Test
    void eventTriggersWithTypeCategoryAndPropertyFilters() {
        JourneyDefinition cart = Journeys.valid("{'id': 'cart', 'trigger': {'type': 'event', 'event': {'type':"
                + " 'add_to_cart', 'category': 'phones'}, 'properties': {'source': 'app'}}, 'steps': " + EXIT + "}");
        JourneyDefinition any = Journeys.valid("{'id': 'any', 'trigger': {'type': 'event', 'event': {}}, 'steps': " + EXIT + "}");
        var add = event(EventType.ADD_TO_CART, "ann", Journeys.T0);
        var fromApp = new io.marketpilot.core.event.Event(add.id(), add.type(), add.userId(), null, add.itemId(),
                add.timestamp(), 1, null, null, null, null, java.util.Map.of("source", "app"), null, false);
        assertThat(Triggers.triggeredBy(List.of(cart, any), fromApp, item -> Set.of("electronics", "phones")))
                .containsExactly(cart, any);
        assertThat(Triggers.triggeredBy(List.of(cart, any), fromApp, item -> Set.of("books"))).containsExactly(any);
        assertThat(Triggers.triggeredBy(List.of(cart, any), add, item -> Set.of("phones"))).containsExactly(any);
    }

    @Test
    void segmentEntryAndExit() {
        JourneyDefinition welcome = Journeys.valid("{'id': 'vip-welcome', 'trigger': {'type': 'segment_entered',"
                + " 'segment': 'vip'}, 'steps': " + EXIT + "}");
        var entered = new MembershipChange("vip", UserId.of("ann"), true, Journeys.T0);
        var left = new MembershipChange("vip", UserId.of("ann"), false, Journeys.T0);
        assertThat(Triggers.triggeredBy(welcome, entered)).isTrue();
        assertThat(Triggers.triggeredBy(welcome, left)).isFalse();
        assertThat(Triggers.triggeredBy(welcome, new MembershipChange("lapsed", UserId.of("ann"), true, Journeys.T0)))
                .isFalse();
    }

    @Test
    void scheduleInTheJourneyZone() {
        JourneyDefinition weekly = Journeys.valid("{'id': 'weekly', 'trigger': {'type': 'schedule', 'cron': '0 10 * * MON',"
                + " 'audience': 'vip'}, 'steps': " + EXIT + "}");
        assertThat(Triggers.nextScheduled(weekly, Instant.parse("2026-03-01T00:00:00Z")))
                .contains(Instant.parse("2026-03-02T02:00:00Z"));
    }

    @Test
    void birthdayThreeDaysBeforeAtNineLocal() {
        var t = new Trigger.DateAttribute(FactKind.TRAIT, "birthday", 3, LocalTime.of(9, 0), true);
        // born 17 May: fires 14 May 09:00 Shanghai = 01:00Z
        assertThat(Triggers.nextDateFire(t, "1990-05-17", SHANGHAI, Instant.parse("2026-03-01T00:00:00Z")))
                .contains(Instant.parse("2026-05-14T01:00:00Z"));
        // just after this year's: next year's
        assertThat(Triggers.nextDateFire(t, "1990-05-17", SHANGHAI, Instant.parse("2026-05-14T01:00:00Z")))
                .contains(Instant.parse("2027-05-14T01:00:00Z"));
        // an early-January birthday 3 days before falls in the previous December
        assertThat(Triggers.nextDateFire(t, "1990-01-02", SHANGHAI, Instant.parse("2026-12-01T00:00:00Z")))
                .contains(Instant.parse("2026-12-30T01:00:00Z"));
    }

    @Test
    void leapDayBirthdaysAreCelebratedOnThe28th() {
        var t = new Trigger.DateAttribute(FactKind.TRAIT, "birthday", 0, LocalTime.of(9, 0), true);
        assertThat(Triggers.nextDateFire(t, "2000-02-29", ZoneId.of("UTC"), Instant.parse("2026-01-01T00:00:00Z")))
                .contains(Instant.parse("2026-02-28T09:00:00Z"));
        assertThat(Triggers.nextDateFire(t, "2000-02-29", ZoneId.of("UTC"), Instant.parse("2027-03-01T00:00:00Z")))
                .contains(Instant.parse("2028-02-29T09:00:00Z"));
    }

    @Test
    void oneOffDatesAndValuesThatAreNoDates() {
        var renewal = new Trigger.DateAttribute(FactKind.ATTRIBUTE, "renews", 7, LocalTime.of(10, 0), false);
        assertThat(Triggers.nextDateFire(renewal, "2026-04-10T15:00:00Z", ZoneId.of("UTC"), Journeys.T0))
                .contains(Instant.parse("2026-04-03T10:00:00Z"));
        assertThat(Triggers.nextDateFire(renewal, "2026-01-10", ZoneId.of("UTC"), Journeys.T0)).isEmpty();
        assertThat(Triggers.nextDateFire(renewal, "soon", ZoneId.of("UTC"), Journeys.T0)).isEmpty();
        assertThat(Triggers.nextDateFire(renewal, 42, ZoneId.of("UTC"), Journeys.T0)).isEmpty();
    }

    @Test
    void inactivityFiresNDaysAfterTheLastPurchase() {
        JourneyDefinition d = Journeys.valid("{'id': 'wb', 'trigger': {'type': 'inactivity', 'days': 90}, 'steps': " + EXIT + "}");
        var t = (Trigger.Inactivity) d.trigger();
        assertThat(t.quiet()).isEqualTo(Duration.ofDays(90));
        assertThat(Triggers.inactivityFire(t, Journeys.T0)).isEqualTo(Journeys.T0.plus(Duration.ofDays(90)));
        assertThat(Triggers.resetsInactivity(event(EventType.PURCHASE, "ann", Journeys.T0))).isTrue();
        assertThat(Triggers.resetsInactivity(event(EventType.VIEW, "ann", Journeys.T0))).isFalse();
    }
}

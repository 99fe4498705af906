package io.marketpilot.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentActivityTest {
    private static Event view(String id, String user, String item, int second) {
        return new Event(EventId.of(id), EventType.VIEW, UserId.of(user), null, ItemId.of(new String(item)),
                Instant.parse("2026-11-01T00:00:00Z").plusSeconds(second), 1, null, null, null, null, null, null,
                false);
    }

    @Test
    void keepsTheLastEventsOfEachActorOnceAndInTimeOrder() {
        RecentActivity recent = new RecentActivity(3);
        recent.record(List.of(view("e1", "u", "a", 1), view("e2", "u", "b", 2), view("e1", "u", "a", 1)));
        recent.record(List.of(view("e4", "u", "d", 4), view("e3", "u", "c", 3), view("e2", "u", "b", 2)));
        assertThat(recent.of("u")).extracting(RecentActivity.Seen::itemId).containsExactly("b", "c", "d");
        recent.forgetUpTo(Instant.parse("2026-11-01T00:00:03Z").toEpochMilli());
        assertThat(recent.of("u")).extracting(RecentActivity.Seen::itemId).containsExactly("d");
    }

    @Test
    void actorsShareOneCopyOfAnItemId() {
        RecentActivity recent = new RecentActivity(5);
        recent.record(List.of(view("e1", "u1", "item-7", 1), view("e2", "u2", "item-7", 2)));
        assertThat(recent.of("u1").get(0).itemId()).isSameAs(recent.of("u2").get(0).itemId());
    }
}

package io.marketpilot.automation.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventMatchTest {
    private static EventMatch match(String json) {
        JourneyDefinition d = Journeys.valid("{'id': 'j', 'trigger': {'type': 'event', " + json + "},"
                + " 'steps': [{'id': 'done', 'type': 'exit'}]}");
        return ((Trigger.OnEvent) d.trigger()).match();
    }

    private static Event withProperties(Map<String, Object> properties) {
        Event e = Journeys.event(EventType.PURCHASE, "ann", Journeys.T0);
        return new Event(e.id(), e.type(), e.userId(), null, e.itemId(), e.timestamp(), 1, null, null, null, null,
                properties, null, false);
    }

    @Test
    void propertiesCompareAsText() {
        EventMatch m = match("'event': {'type': 'purchase'}, 'properties': {'qty': 2, 'gift': true, 'src': 'app'}");
        assertThat(m.matches(withProperties(Map.of("qty", 2.0, "gift", true, "src", "app")), i -> Set.of())).isTrue();
        assertThat(m.matches(withProperties(Map.of("qty", "2", "gift", "true", "src", "app")), i -> Set.of())).isTrue();
        assertThat(m.matches(withProperties(Map.of("qty", 3, "gift", true, "src", "app")), i -> Set.of())).isFalse();
        assertThat(m.matches(withProperties(Map.of("gift", true, "src", "app")), i -> Set.of())).isFalse();
    }

    @Test
    void categoriesComeFromTheCatalogue() {
        EventMatch m = match("'event': {'category': ['phones', 'tablets']}");
        Event e = Journeys.event(EventType.PURCHASE, "ann", Journeys.T0);
        assertThat(m.matches(e, item -> Set.of("electronics", "tablets"))).isTrue();
        assertThat(m.matches(e, item -> Set.of("books"))).isFalse();
    }
}

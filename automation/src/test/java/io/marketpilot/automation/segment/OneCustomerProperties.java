package io.marketpilot.automation.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Evaluating one customer from their events (journey branches) agrees with the online evaluator's memberships. */
class OneCustomerProperties {

    @Property(tries = 200)
    void oneCustomerAgreesWithTheLiveEvaluator(@ForAll long seed) {
        RandomShop shop = new RandomShop(seed);
        RandomDefinitions generator = new RandomDefinitions(shop.random);
        Map<SegmentId, SegmentDefinition> defined = new HashMap<>();
        List<SegmentDefinition> definitions = new ArrayList<>();
        int count = 1 + shop.random.nextInt(4);
        for (int i = 0; i < count; i++) {
            SegmentDefinition d = ((Parsed.Valid) new DefinitionParser(id -> Optional.ofNullable(defined.get(id)))
                    .parse(generator.next("s" + i))).definition();
            defined.put(d.id(), d);
            definitions.add(d);
        }
        LiveSegments live = new LiveSegments(shop, shop, SegmentListener.NONE);
        live.add(definitions, id -> List.of(), (from, types, sink) -> { }, RandomShop.START);
        live.customerChanged(shop.traits.keySet(), RandomShop.START);
        Instant clock = RandomShop.START;
        Map<String, List<Event>> byUser = new HashMap<>();
        for (int k = 0; k < shop.events.size(); k++) {
            clock = shop.arrivals.get(k).isAfter(clock) ? shop.arrivals.get(k) : clock;
            Event e = shop.events.get(k);
            live.onEvents(List.of(e), clock);
            if (e.userId() != null) {
                byUser.computeIfAbsent(e.userId().value(), u -> new ArrayList<>()).add(e);
            }
        }
        Instant end = shop.end().isAfter(clock) ? shop.end() : clock;
        live.advance(end);
        Set<String> users = new LinkedHashSet<>(shop.traits.keySet());
        users.addAll(byUser.keySet());
        for (String user : users) {
            for (SegmentDefinition d : definitions) {
                boolean one = OneCustomer.holds(d.condition(), shop.facts(user), s -> live.isMember(s, user),
                        byUser.getOrDefault(user, List.of()), shop::of, end);
                assertThat(one).as("%s in %s at %s", user, d, end).isEqualTo(live.isMember(d.id(), user));
            }
        }
    }
}

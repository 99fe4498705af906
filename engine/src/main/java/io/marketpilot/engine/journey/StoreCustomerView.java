package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.CustomerView;
import io.marketpilot.automation.segment.CustomerFacts;
import io.marketpilot.automation.segment.SegmentId;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.UserId;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The journey machine's view of one customer, read lazily from the engine (most transitions read nothing): the
 * customer record's traits and {@code timezone}, profile attributes, live segment membership, the last 200 events.
 */
final class StoreCustomerView implements CustomerView {
    private static final int RECENT = 200;
    private final JourneyPorts ports;
    private final String key;
    private Optional<Customer> customer;
    private Optional<Map<String, Object>> attributes;
    private List<Event> recent;
    private final java.util.function.Function<String, Set<String>> categories;

    StoreCustomerView(JourneyPorts ports, String key) {
        this(ports, key, ports.categories());
    }

    /** With {@code categories}: item categories memoised by the caller (an event batch reads each item once). */
    StoreCustomerView(JourneyPorts ports, String key, java.util.function.Function<String, Set<String>> categories) {
        this.ports = ports;
        this.key = key;
        this.categories = categories;
    }

    private Optional<Customer> customer() {
        if (customer == null) {
            customer = key.startsWith(UserId.ANONYMOUS_PREFIX) ? Optional.empty() : ports.customer().apply(UserId.of(key));
        }
        return customer;
    }

    @Override
    public CustomerFacts facts() {
        return new CustomerFacts() {
            @Override
            public Object trait(String name) {
                return customer().map(c -> c.traits().get(name)).orElse(null);
            }

            @Override
            public Object attribute(String name) {
                if (attributes == null) {
                    attributes = ports.attributes().apply(key);
                }
                return attributes.map(a -> a.get(name)).orElse(null);
            }
        };
    }

    @Override
    public Optional<ZoneId> zone() {
        return customer().map(c -> c.traits().get("timezone")).filter(String.class::isInstance).flatMap(z -> {
            try {
                return Optional.of(ZoneId.of((String) z));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public boolean inSegment(SegmentId segment) {
        return ports.segments().isMember(segment.value(), key);
    }

    @Override
    public List<Event> recentEvents() {
        if (recent == null) {
            recent = key.startsWith(UserId.ANONYMOUS_PREFIX) ? List.of()
                    : ports.recentEvents().apply(UserId.of(key)).stream().limit(RECENT).toList();
        }
        return recent;
    }

    /**
     * The served uplift model's prediction from the customer's numeric traits and attributes (attributes win);
     * empty without a model or when a feature it needs is missing (then {@code min_uplift} does not skip).
     */
    @Override
    public OptionalDouble uplift() {
        Map<String, Double> features = new HashMap<>();
        customer().ifPresent(c -> numbers(c.traits(), features));
        if (attributes == null) {
            attributes = ports.attributes().apply(key);
        }
        attributes.ifPresent(a -> numbers(a, features));
        try {
            return ports.uplift().apply(features).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        } catch (IllegalArgumentException missingFeature) {
            return OptionalDouble.empty();
        }
    }

    private static void numbers(Map<String, Object> values, Map<String, Double> into) {
        values.forEach((k, v) -> {
            if (v instanceof Number n) {
                into.put(k, n.doubleValue());
            } else if (v instanceof Boolean b) {
                into.put(k, b ? 1.0 : 0.0);
            }
        });
    }

    @Override
    public Set<String> categoriesOf(String itemId) {
        return categories.apply(itemId);
    }
}

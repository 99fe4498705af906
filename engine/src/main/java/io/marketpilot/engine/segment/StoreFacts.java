package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.CustomerFacts;
import io.marketpilot.automation.segment.Population;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.CustomerStore;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The customers as segment conditions see them: traits from the customer store, computed attributes (RFM, CLV …)
 * from the live profiles. Attributes are computed at most once per facts object, when a condition first asks.
 */
final class StoreFacts implements Population {
    /** Computed attributes of an actor key; empty when it has no profile. */
    interface Attributes extends Function<String, Optional<Map<String, Object>>> {
        Attributes NONE = key -> Optional.empty();
    }

    private final CustomerStore customers;
    private final Attributes attributes;

    StoreFacts(CustomerStore customers, Attributes attributes) {
        this.customers = customers;
        this.attributes = attributes;
    }

    @Override
    public CustomerFacts facts(String userId) {
        if (userId.startsWith(UserId.ANONYMOUS_PREFIX)) {
            return CustomerFacts.NONE;
        }
        return customers.get(UserId.of(userId)).map(this::of).orElse(CustomerFacts.NONE);
    }

    @Override
    public void forEach(BiConsumer<String, CustomerFacts> sink) {
        customers.forEach(c -> sink.accept(c.id().value(), of(c)));
    }

    private CustomerFacts of(Customer c) {
        Map<String, Object> traits = c.traits();
        String key = c.id().value();
        return new CustomerFacts() {
            private Map<String, Object> computed;

            @Override
            public Object trait(String name) {
                return traits.get(name);
            }

            @Override
            public Object attribute(String name) {
                if (computed == null) {
                    computed = attributes.apply(key).orElse(Map.of());
                }
                return computed.get(name);
            }
        };
    }
}

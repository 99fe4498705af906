package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.CustomerFacts;
import io.marketpilot.automation.segment.Population;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.CustomerStore;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The customers as segment conditions see them: traits from the customer store. Computed attributes (RFM, CLV …)
 * come with the profiles; until they are plugged in every attribute is absent.
 */
final class StoreFacts implements Population {
    private final CustomerStore customers;

    StoreFacts(CustomerStore customers) {
        this.customers = customers;
    }

    @Override
    public CustomerFacts facts(String userId) {
        if (userId.startsWith(UserId.ANONYMOUS_PREFIX)) {
            return CustomerFacts.NONE;
        }
        return customers.get(UserId.of(userId)).map(StoreFacts::of).orElse(CustomerFacts.NONE);
    }

    @Override
    public void forEach(BiConsumer<String, CustomerFacts> sink) {
        customers.forEach(c -> sink.accept(c.id().value(), of(c)));
    }

    private static CustomerFacts of(Customer c) {
        Map<String, Object> traits = c.traits();
        return new CustomerFacts() {
            @Override
            public Object trait(String name) {
                return traits.get(name);
            }

            @Override
            public Object attribute(String name) {
                return null;
            }
        };
    }
}

package io.marketpilot.automation.guard;

import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether a customer agreed to be reached through a topic for a purpose. Kept this small so that consent per
 * purpose and channel (the customer-profile work) can answer it without the guards knowing how it is stored.
 */
@FunctionalInterface
public interface ConsentLookup {
    boolean permits(UserId customer, ConsentTopic topic, Purpose purpose);

    /**
     * Consent as {@link io.marketpilot.core.customer.Consent} records it: one flag per topic, the same for every
     * purpose; an unknown customer has given none.
     */
    static ConsentLookup fromCustomers(Function<UserId, Optional<Customer>> customers) {
        return (customer, topic, purpose) -> customers.apply(customer).map(c -> switch (topic) {
            case EMAIL -> c.consent().email();
            case SMS -> c.consent().sms();
            case PUSH -> c.consent().push();
        }).orElse(false);
    }
}

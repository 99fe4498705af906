package io.marketpilot.core.store;

import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Known customers. Contract: {@link #upsertAll} replaces whole customers by id, is atomic for the batch
 * and durable when it returns; upserting identical customers again reports them unchanged.
 */
public interface CustomerStore {
    UpsertResult upsertAll(List<Customer> customers);

    Optional<Customer> get(UserId id);

    long count();

    /** All customers in id order. */
    void forEach(Consumer<Customer> sink);
}

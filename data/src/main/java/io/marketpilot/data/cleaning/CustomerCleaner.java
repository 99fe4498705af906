package io.marketpilot.data.cleaning;

import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.customer.CustomerParser;
import io.marketpilot.core.validation.Validation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cleans a batch of customer wire records: {@code TextNormalizer} on every key and string, then the core
 * {@link CustomerParser}. Repeated user ids are all kept, in order: customers are upserted, so the last one wins.
 */
public final class CustomerCleaner {
    private final CustomerParser parser;

    /** @param clock stamps {@link Customer#updatedAt()} */
    public CustomerCleaner(Clock clock) {
        this.parser = new CustomerParser(clock);
    }

    public Cleaned<Customer> clean(List<? extends Map<String, Object>> batch) {
        List<Customer> accepted = new ArrayList<>(batch.size());
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            switch (parser.parse(TextNormalizer.normalize(batch.get(i)))) {
                case Validation.Valid<Customer> valid -> accepted.add(valid.value());
                case Validation.Invalid<Customer> invalid -> rejections.add(new Rejection(i, invalid.errors()));
            }
        }
        return new Cleaned<>(accepted, rejections);
    }
}

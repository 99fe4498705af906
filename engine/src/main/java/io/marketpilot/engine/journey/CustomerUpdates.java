package io.marketpilot.engine.journey;

import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trait changes of journey actions through the engine's customer upsert (so segments and profiles see them):
 * the whole customer is written back with one trait changed. Both are idempotent: doing one twice changes nothing
 * more, which is what lets an intent be retried after a crash.
 */
final class CustomerUpdates {
    private CustomerUpdates() {
    }

    static void setTrait(JourneyPorts ports, UserId id, String trait, Object value) {
        Optional<Customer> c = ports.customer().apply(id);
        if (c.isPresent() && value.equals(c.get().traits().get(trait))) {
            return;
        }
        Map<String, Object> traits = new LinkedHashMap<>(c.map(Customer::traits).orElse(Map.of()));
        traits.put(trait, value);
        ports.upsertCustomers().accept(List.of(wire(id, c, traits)));
    }

    /** Adds {@code element} to (or removes it from) the list trait {@code trait}. */
    static void list(JourneyPorts ports, UserId id, String trait, String element, boolean add) {
        Optional<Customer> c = ports.customer().apply(id);
        Object old = c.map(x -> x.traits().get(trait)).orElse(null);
        List<Object> list = old instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
        if (list.contains(element) == add) {
            return;
        }
        if (add) {
            list.add(element);
        } else {
            list.remove(element);
        }
        Map<String, Object> traits = new LinkedHashMap<>(c.map(Customer::traits).orElse(Map.of()));
        traits.put(trait, list);
        ports.upsertCustomers().accept(List.of(wire(id, c, traits)));
    }

    private static Map<String, Object> wire(UserId id, Optional<Customer> c, Map<String, Object> traits) {
        Map<String, Object> w = new LinkedHashMap<>(c.map(Customer::extra).orElse(Map.of()));
        w.put("user_id", id.value());
        w.put("traits", traits);
        c.ifPresent(x -> w.put("consent", Map.of("email", x.consent().email(), "sms", x.consent().sms(),
                "push", x.consent().push(), "personalization", x.consent().personalization())));
        return w;
    }
}

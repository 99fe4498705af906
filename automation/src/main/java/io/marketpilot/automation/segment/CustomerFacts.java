package io.marketpilot.automation.segment;

/**
 * What conditions read about one customer: raw trait values (from the customer record) and computed attributes
 * (from the profile; RFM, CLV …). Values are JSON-like: strings, numbers, booleans, lists; null when absent.
 */
public interface CustomerFacts {
    CustomerFacts NONE = new CustomerFacts() {
        @Override
        public Object trait(String name) {
            return null;
        }

        @Override
        public Object attribute(String name) {
            return null;
        }
    };

    Object trait(String name);

    Object attribute(String name);

    default Object get(FactKind kind, String name) {
        return kind == FactKind.TRAIT ? trait(name) : attribute(name);
    }
}

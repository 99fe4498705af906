package io.marketpilot.automation.segment;

import java.util.Arrays;
import java.util.BitSet;

/** Customer indexes in the order first added, each once (the customers an event batch or a creation touched). */
final class CustomerSet {
    private final BitSet in = new BitSet();
    private int[] order = new int[16];
    private int size;

    void add(int customer) {
        if (customer < 0 || in.get(customer)) {
            return;
        }
        in.set(customer);
        if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
        }
        order[size++] = customer;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return order[i];
    }
}

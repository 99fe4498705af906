package io.marketpilot.recommend.rules;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.InteractionsBuilder;

/** A tiny purchase log for tests: (user, item, minute) rows, built into binary {@link Interactions}. */
final class Purchases {
    private final InteractionLog.Builder log = new InteractionLog.Builder();

    Purchases add(String user, String item, long minute) {
        log.add(user, item, minute * 60_000L, "purchase", 1f);
        return this;
    }

    /** One basket: all {@code items} bought by {@code user} at {@code minute}. */
    Purchases basket(String user, long minute, String... items) {
        for (String i : items) {
            add(user, i, minute);
        }
        return this;
    }

    Interactions build() {
        return new InteractionsBuilder(EventWeights.binary()).build(log.build());
    }
}

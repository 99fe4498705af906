package io.marketpilot.recommend.content;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.InteractionsBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Items with texts and a purchase log for tests. {@link #item} lists an item without any purchase (a zero-weight
 * "listed" event puts it in the dictionary with an empty column): the cold-start case.
 */
final class Catalogue {
    private final InteractionLog.Builder log = new InteractionLog.Builder();
    private final Map<String, String> texts = new HashMap<>();

    Catalogue item(String id, String text) {
        texts.put(id, text);
        log.add("catalogue", id, 0, "listed", 1f);
        return this;
    }

    Catalogue buy(String user, String item, long minute) {
        log.add(user, item, minute * 60_000L, "purchase", 1f);
        return this;
    }

    String text(String id) {
        return texts.get(id);
    }

    Interactions build() {
        EventWeights w = new EventWeights(Map.of("listed", 0f), 1f, false, Optional.empty());
        return new InteractionsBuilder(w).build(log.build());
    }
}

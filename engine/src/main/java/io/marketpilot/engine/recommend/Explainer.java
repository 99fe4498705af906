package io.marketpilot.engine.recommend;

import io.marketpilot.core.event.EventType;
import io.marketpilot.recommend.model.SimilarItems;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Says why an item was recommended, in words a shopper can read: the history item it is most related to ("because
 * you bought 极光 降噪显示器"), else what it is popular for ("trending in Phones this week", "popular in Chengdu").
 * Looks at the customer's most recent {@link #LOOK_BACK} items only.
 */
final class Explainer {
    static final int LOOK_BACK = 20;
    private static final int NEIGHBOURS = 200;

    private final CatalogueView catalogue;
    private final Optional<SimilarItems> similar;
    private final String language;
    private final Map<Integer, SimilarItems.Scored> related = new HashMap<>();

    Explainer(CatalogueView catalogue, Optional<SimilarItems> similar, String language) {
        this.catalogue = catalogue;
        this.similar = similar;
        this.language = language;
    }

    /** "because you …" for the history item most related to {@code item}, if any is. */
    Optional<String> because(int item, CustomerHistory history) {
        if (similar.isEmpty() || history.isEmpty()) {
            return Optional.empty();
        }
        int[] items = history.forModel().items();
        int best = -1;
        float bestScore = 0;
        for (int k = items.length - 1; k >= Math.max(0, items.length - LOOK_BACK); k--) {
            int h = items[k];
            float s = related.computeIfAbsent(h, x -> similar.get().related(x, NEIGHBOURS)).scoreOf(item);
            if (s == s && s > bestScore) {
                bestScore = s;
                best = h;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        return Optional.of(action(history.lastAction().getOrDefault(best, EventType.VIEW), title(best)));
    }

    String similarTo(int contextItem) {
        return "similar to " + title(contextItem);
    }

    String boughtWith(int contextItem) {
        return "often bought together with " + title(contextItem);
    }

    String trending(int item) {
        String c = catalogue.leafCategory(item);
        return c.isEmpty() ? "trending this week" : "trending in " + c + " this week";
    }

    String popularIn(String group) {
        int eq = group.indexOf('=');
        String trait = group.substring(0, eq);
        String value = group.substring(eq + 1);
        return switch (trait) {
            case "city", "country", "region", "geo" -> "popular in " + value;
            case "tier" -> "popular with " + value + " members";
            default -> "popular with customers like you";
        };
    }

    String title(int item) {
        return catalogue.title(item, language);
    }

    private static String action(EventType type, String title) {
        return switch (type) {
            case PURCHASE -> "because you bought " + title;
            case ADD_TO_CART -> "because you added " + title + " to your cart";
            case REVIEW -> "because you reviewed " + title;
            default -> "because you viewed " + title;
        };
    }
}

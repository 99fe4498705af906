package io.marketpilot.recommend.data;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How raw events become pair weights: a weight per event type (types not listed weigh {@code otherWeight}; a
 * weight of 0 drops the type), whether the event's {@code value} multiplies it (e.g. purchase quantity), and an
 * optional exponential time decay with a half-life measured back from a reference time.
 */
public record EventWeights(Map<String, Float> byType, float otherWeight, boolean useValue,
                           Optional<Duration> halfLife) {
    public EventWeights {
        byType = Map.copyOf(byType);
        for (var e : byType.entrySet()) {
            if (!(e.getValue() >= 0) || Float.isInfinite(e.getValue())) {
                throw new IllegalArgumentException("weight of '" + e.getKey() + "' must be a finite number >= 0, was "
                    + e.getValue());
            }
        }
        if (halfLife.isPresent() && (halfLife.get().isNegative() || halfLife.get().isZero())) {
            throw new IllegalArgumentException("half-life must be positive, was " + halfLife.get());
        }
    }

    /** Every event counts 1: what the evaluation protocols use unless told otherwise. */
    public static EventWeights binary() {
        return new EventWeights(Map.of(), 1f, false, Optional.empty());
    }

    /** The shop default: view 1, click 1, add_to_cart 3, purchase 5, review 2, remove/refund ignored. */
    public static EventWeights shopDefault() {
        Map<String, Float> w = new LinkedHashMap<>();
        w.put("view", 1f);
        w.put("click", 1f);
        w.put("add_to_cart", 3f);
        w.put("purchase", 5f);
        w.put("review", 2f);
        w.put("remove_from_cart", 0f);
        w.put("refund", 0f);
        w.put("impression", 0f);
        return new EventWeights(w, 0f, false, Optional.empty());
    }

    public float weightOf(String type) {
        Float w = byType.get(type);
        return w == null ? otherWeight : w;
    }
}

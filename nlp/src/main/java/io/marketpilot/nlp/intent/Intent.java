package io.marketpilot.nlp.intent;

import java.util.Locale;
import java.util.Optional;

/** What a customer message is about. The order is the class index of saved models: append only. */
public enum Intent {
    SHIPPING, ORDER_STATUS, RETURN_REFUND, PRODUCT_QUESTION, SIZE_ADVICE, COUPON_PROMOTION, COMPLAINT, PRAISE, OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Intent> fromWire(String s) {
        for (Intent i : values()) {
            if (i.wireName().equals(s)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}

package io.marketpilot.nlp.copy;

import java.util.Locale;
import java.util.Optional;

/** What the copy is for: a product-page description, an ad, or a marketing e-mail. */
public enum CopyKind {
    DESCRIPTION, AD, EMAIL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CopyKind> fromWire(String s) {
        for (CopyKind k : values()) {
            if (k.wireName().equals(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

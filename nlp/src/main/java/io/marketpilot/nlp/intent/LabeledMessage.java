package io.marketpilot.nlp.intent;

import java.util.Objects;

/** One hand-labelled customer message; {@code heldOut} marks the fixed evaluation split. */
public record LabeledMessage(Intent intent, String language, boolean heldOut, String text) {
    public LabeledMessage {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(text, "text");
    }
}

package io.marketpilot.nlp.encoder;

import java.util.Optional;
import java.util.function.Function;

/**
 * A trained head paired with an encoder other than the one it was trained on: its weights would read another
 * model's embeddings as if they were its own and answer confidently wrong. Raised by {@link #require}, the one place
 * that checks the pairing, with what was found, what was expected and how to fix it.
 */
public final class EncoderMismatchException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String trainedOn;
    private final String inUse;

    private EncoderMismatchException(String message, String trainedOn, String inUse) {
        super(message);
        this.trainedOn = trainedOn;
        this.inUse = inUse;
    }

    /** The encoder the head records (what the pairing expected). */
    public String trainedOn() {
        return trainedOn;
    }

    /** The encoder actually in use (what was found). */
    public String inUse() {
        return inUse;
    }

    /**
     * Refuses {@code head} (e.g. "the sentiment head sentiment-head-int8.mpm") trained on {@code trainedOn} when the
     * encoder in use is named {@code inUse}; {@code retrain} gives the command that trains this head for a variant.
     */
    public static void require(String head, String trainedOn, String inUse, Function<EncoderVariant, String> retrain) {
        if (trainedOn.equals(inUse)) {
            return;
        }
        Optional<EncoderVariant> wanted = EncoderVariant.ofModelName(inUse);
        Optional<EncoderVariant> had = EncoderVariant.ofModelName(trainedOn);
        StringBuilder m = new StringBuilder(head).append(" was trained on ").append(trainedOn)
            .append(" embeddings, but the encoder in use is ").append(inUse).append(": ");
        if (wanted.isPresent()) {
            m.append("use the head shipped for ").append(wanted.get().label())
                .append(" (NlpModels.load picks it), retrain this one with `").append(retrain.apply(wanted.get()))
                .append('`');
        } else {
            m.append("use one of the BGE-small-zh v1.5 encoders (int8 or fp32) the shipped heads were trained on");
        }
        had.ifPresent(v -> m.append(", or set nlp.encoder.variant back to ").append(v.label()));
        throw new EncoderMismatchException(m.toString(), trainedOn, inUse);
    }
}

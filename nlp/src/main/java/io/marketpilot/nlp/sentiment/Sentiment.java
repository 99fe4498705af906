package io.marketpilot.nlp.sentiment;

/**
 * The sentiment of one text: a calibrated probability that it is positive and the label it implies (neutral when
 * the probability lies within the model's neutral band around 0.5).
 */
public record Sentiment(Polarity polarity, double positiveProbability) {
    /** The three outcomes. */
    public enum Polarity { POSITIVE, NEUTRAL, NEGATIVE }

    static Sentiment of(double p, double neutralBand) {
        Polarity polarity = p >= 0.5 + neutralBand ? Polarity.POSITIVE
            : p <= 0.5 - neutralBand ? Polarity.NEGATIVE : Polarity.NEUTRAL;
        return new Sentiment(polarity, p);
    }

    /** The binary decision (neutral counts by which side of 0.5 it is on): what accuracy is measured on. */
    public boolean positive() {
        return positiveProbability >= 0.5;
    }
}

package io.marketpilot.nlp.sentiment;

import io.marketpilot.core.model.Model;
import io.marketpilot.core.model.Provenance;
import io.marketpilot.nlp.encoder.EncoderMismatchException;
import io.marketpilot.nlp.encoder.TextEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The trained sentiment head: logistic regression over hashed n-grams (NB weights folded in) and the encoder's
 * embedding, then Platt scaling fitted on the validation split; optionally an English sub-head (own features, fitted
 * on the English sentences) answers texts in Latin script. Immutable and thread-safe. A head that uses
 * embeddings must be fed those of the encoder it was trained with ({@link #encoderName()}).
 */
public final class SentimentModel implements Model {
    private final String encoderName;
    private final int encoderMaxTokens;
    private final CharNgrams ngrams;
    private final float[] sparse;
    private final float[] dense;
    private final double bias;
    private final double plattA;
    private final double plattB;
    private final double neutralBand;
    private final Provenance provenance;
    private final SentimentModel english;

    SentimentModel(String encoderName, int encoderMaxTokens, CharNgrams ngrams, float[] sparse, float[] dense,
                   double bias, double plattA, double plattB, double neutralBand, Provenance provenance) {
        this(encoderName, encoderMaxTokens, ngrams, sparse, dense, bias, plattA, plattB, neutralBand, provenance, null);
    }

    SentimentModel(String encoderName, int encoderMaxTokens, CharNgrams ngrams, float[] sparse, float[] dense,
                   double bias, double plattA, double plattB, double neutralBand, Provenance provenance,
                   SentimentModel english) {
        if (english != null && (english.english != null || !english.encoderName.equals(encoderName))) {
            throw new IllegalArgumentException("an English sub-head must be plain and read the same encoder");
        }
        if (sparse.length != ngrams.buckets()) {
            throw new IllegalArgumentException("n-gram weights " + sparse.length + " != buckets " + ngrams.buckets());
        }
        this.encoderName = Objects.requireNonNull(encoderName, "encoderName");
        this.encoderMaxTokens = encoderMaxTokens;
        this.ngrams = ngrams;
        this.sparse = sparse;
        this.dense = dense;
        this.bias = bias;
        this.plattA = plattA;
        this.plattB = plattB;
        this.neutralBand = neutralBand;
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.english = english;
    }

    /** This head with {@code sub} answering English texts (format v2). */
    SentimentModel withEnglish(SentimentModel sub, Provenance p) {
        return new SentimentModel(encoderName, encoderMaxTokens, ngrams, sparse, dense, bias, plattA, plattB,
            neutralBand, p, sub);
    }

    /** The head for English texts, or null when this head answers every language itself. */
    SentimentModel english() {
        return english;
    }

    /**
     * English for the sub-head: Latin letters and no Han characters (a Chinese review naming "iPhone" is not).
     */
    static boolean isEnglish(String text) {
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return false;
            }
            latin |= cp < 0x250 && Character.isLetter(cp);
        }
        return latin;
    }

    /** True when the head reads embeddings (then {@link #scoreAll} needs the matching encoder). */
    public boolean usesEmbeddings() {
        return dense.length > 0;
    }

    /** The encoder the head was trained on, e.g. {@code bge-small-zh-v1.5-int8}; "none" for n-grams only. */
    public String encoderName() {
        return encoderName;
    }

    /** The token limit the training embeddings were made with; use an encoder configured alike. */
    public int encoderMaxTokens() {
        return encoderMaxTokens;
    }

    public double neutralBand() {
        return neutralBand;
    }

    /**
     * Refuses an encoder other than the one this head was trained on (an n-gram-only head reads none).
     *
     * @throws io.marketpilot.nlp.encoder.EncoderMismatchException naming both encoders and the fix
     */
    public void requireEncoder(String encoder) {
        if (usesEmbeddings()) {
            EncoderMismatchException.require("the sentiment head", encoderName, encoder,
                SentimentModelFormat::retrainCommand);
        }
    }

    /** The uncalibrated score (log-odds before Platt scaling). */
    double rawLogit(String text, float[] embedding) {
        int[] idx = ngrams.of(text);
        double s = 0;
        for (int h : idx) {
            s += sparse[h];
        }
        double z = bias + (idx.length == 0 ? 0 : s / Math.sqrt(idx.length));
        if (dense.length > 0) {
            if (embedding == null || embedding.length != dense.length) {
                throw new IllegalArgumentException("this sentiment head needs a " + dense.length + "-d embedding from "
                    + encoderName + ", got " + (embedding == null ? "none" : embedding.length + "-d"));
            }
            for (int i = 0; i < dense.length; i++) {
                z += dense[i] * embedding[i];
            }
        }
        return z;
    }

    /** The sentiment of a text given its embedding ({@code null} for an n-gram-only head). */
    public Sentiment score(String text, float[] embedding) {
        if (english != null && isEnglish(text)) {
            return english.score(text, embedding);
        }
        double p = 1 / (1 + Math.exp(-(plattA * rawLogit(text, embedding) + plattB)));
        return Sentiment.of(p, neutralBand);
    }

    /** Sentiments of many texts, encoding them in one batch when the head needs embeddings. */
    public List<Sentiment> scoreAll(List<String> texts, TextEncoder encoder) {
        List<float[]> embeddings = null;
        if (usesEmbeddings()) {
            requireEncoder(encoder == null ? "none" : encoder.name());
            embeddings = encoder.encodeAll(texts);
        }
        List<Sentiment> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(score(texts.get(i), embeddings == null ? null : embeddings.get(i)));
        }
        return out;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    CharNgrams ngrams() {
        return ngrams;
    }

    float[] sparseWeights() {
        return sparse;
    }

    float[] denseWeights() {
        return dense;
    }

    double bias() {
        return bias;
    }

    double plattA() {
        return plattA;
    }

    double plattB() {
        return plattB;
    }
}

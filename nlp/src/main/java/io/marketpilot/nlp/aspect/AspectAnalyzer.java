package io.marketpilot.nlp.aspect;

import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.sentiment.Sentiment;
import io.marketpilot.nlp.sentiment.SentimentModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Review analysis: the review's sentiment and, per clause, the aspects it names (lexicon first, else the nearest
 * aspect prototype by embedding when it is close and clear enough) with the clause's own sentiment. All texts of a
 * call (reviews and their clauses) are encoded in one batch. Thread-safe.
 */
public final class AspectAnalyzer {
    private final TextEncoder encoder;
    private final SentimentModel sentiment;
    private final AspectConfig config;
    private final Map<Aspect, float[]> centroids = new EnumMap<>(Aspect.class);

    public AspectAnalyzer(TextEncoder encoder, SentimentModel sentiment, AspectConfig config) {
        if (sentiment.usesEmbeddings() && !sentiment.encoderName().equals(encoder.name())) {
            throw new IllegalArgumentException("the sentiment head was trained on " + sentiment.encoderName()
                + " embeddings, the encoder is " + encoder.name());
        }
        this.encoder = encoder;
        this.sentiment = sentiment;
        this.config = config;
        AspectLexicon.prototypes().forEach((aspect, clauses) -> {
            float[] sum = new float[encoder.dimension()];
            for (float[] v : encoder.encodeAll(clauses)) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += v[i];
                }
            }
            centroids.put(aspect, unit(sum));
        });
    }

    public ReviewAnalysis analyse(String review) {
        return analyseAll(List.of(review)).get(0);
    }

    public List<ReviewAnalysis> analyseAll(List<String> reviews) {
        List<String> texts = new ArrayList<>();
        List<List<String>> clauses = new ArrayList<>();
        for (String r : reviews) {
            String review = r == null ? "" : r;
            texts.add(review);
            List<String> cs = Clauses.of(review);
            clauses.add(cs);
            if (config.encodeClauses()) {
                texts.addAll(cs);
            }
        }
        List<float[]> vectors = encoder.encodeAll(texts);
        List<ReviewAnalysis> out = new ArrayList<>(reviews.size());
        int at = 0;
        for (int r = 0; r < reviews.size(); r++) {
            float[] reviewVector = vectors.get(at);
            Sentiment overall = sentiment.score(texts.get(at), reviewVector);
            at++;
            List<AspectMention> mentions = new ArrayList<>();
            for (String clause : clauses.get(r)) {
                mentions.addAll(config.encodeClauses() ? mentions(clause, vectors.get(at++))
                    : mentions(clause, reviewVector, false));
            }
            out.add(new ReviewAnalysis(overall, mentions));
        }
        return out;
    }

    /** The aspects of one clause with its sentiment (empty when it names none). */
    List<AspectMention> mentions(String clause, float[] vector) {
        return mentions(clause, vector, true);
    }

    private List<AspectMention> mentions(String clause, float[] vector, boolean similarity) {
        Set<Aspect> named = AspectLexicon.matches(clause);
        boolean byLexicon = !named.isEmpty();
        if (!byLexicon && !similarity) {
            return List.of();
        }
        if (!byLexicon) {
            Aspect nearest = nearest(vector);
            if (nearest == null) {
                return List.of();
            }
            named = Set.of(nearest);
        }
        Sentiment s = sentiment.score(clause, vector);
        List<AspectMention> out = new ArrayList<>(named.size());
        for (Aspect a : named) {
            out.add(new AspectMention(a, s.polarity(), s.positiveProbability(), clause, byLexicon));
        }
        return out;
    }

    private Aspect nearest(float[] v) {
        Aspect best = null;
        double top = -2;
        double second = -2;
        for (var e : centroids.entrySet()) {
            double s = 0;
            float[] c = e.getValue();
            for (int i = 0; i < c.length; i++) {
                s += c[i] * v[i];
            }
            if (s > top) {
                second = top;
                top = s;
                best = e.getKey();
            } else if (s > second) {
                second = s;
            }
        }
        return top >= config.minSimilarity() && top - second >= config.minMargin() ? best : null;
    }

    private static float[] unit(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        float inv = (float) (1 / Math.sqrt(Math.max(s, 1e-12)));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }
}

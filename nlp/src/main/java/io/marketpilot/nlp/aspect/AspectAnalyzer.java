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
 * call (reviews and the clauses {@link AspectConfig#clauseEncoding()} selects) are encoded in one batch.
 * Thread-safe.
 */
public final class AspectAnalyzer {
    private final TextEncoder encoder;
    private final SentimentModel sentiment;
    private final AspectConfig config;
    private final Map<Aspect, float[]> centroids = new EnumMap<>(Aspect.class);

    public AspectAnalyzer(TextEncoder encoder, SentimentModel sentiment, AspectConfig config) {
        sentiment.requireEncoder(encoder.name());
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
        List<List<Set<Aspect>>> named = new ArrayList<>();
        List<int[]> at = new ArrayList<>();   // per review: its text index, then each clause's (-1: not encoded)
        for (String r : reviews) {
            String review = r == null ? "" : r;
            List<String> cs = Clauses.of(review);
            List<Set<Aspect>> ns = new ArrayList<>(cs.size());
            int[] idx = new int[cs.size() + 1];
            idx[0] = texts.size();
            texts.add(review);
            for (int c = 0; c < cs.size(); c++) {
                Set<Aspect> n = AspectLexicon.matches(cs.get(c));
                ns.add(n);
                boolean encode = switch (config.clauseEncoding()) {
                    case ALL -> true;
                    case UNMATCHED -> n.isEmpty();
                    case NONE -> false;
                };
                idx[c + 1] = encode ? texts.size() : -1;
                if (encode) {
                    texts.add(cs.get(c));
                }
            }
            clauses.add(cs);
            named.add(ns);
            at.add(idx);
        }
        List<float[]> vectors = config.maxTokens() > 0 ? encoder.encodeAll(texts, config.maxTokens())
            : encoder.encodeAll(texts);
        List<ReviewAnalysis> out = new ArrayList<>(reviews.size());
        for (int r = 0; r < reviews.size(); r++) {
            int[] idx = at.get(r);
            float[] reviewVector = vectors.get(idx[0]);
            Sentiment overall = sentiment.score(texts.get(idx[0]), reviewVector);
            List<AspectMention> mentions = new ArrayList<>();
            List<String> cs = clauses.get(r);
            for (int c = 0; c < cs.size(); c++) {
                boolean own = idx[c + 1] >= 0;
                mentions.addAll(mentions(cs.get(c), named.get(r).get(c), own ? vectors.get(idx[c + 1]) : reviewVector,
                    own));
            }
            out.add(new ReviewAnalysis(overall, mentions));
        }
        return out;
    }

    /** The aspects of one clause with its sentiment (empty when it names none). */
    List<AspectMention> mentions(String clause, float[] vector) {
        return mentions(clause, AspectLexicon.matches(clause), vector, true);
    }

    private List<AspectMention> mentions(String clause, Set<Aspect> lexicon, float[] vector, boolean similarity) {
        Set<Aspect> named = lexicon;
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

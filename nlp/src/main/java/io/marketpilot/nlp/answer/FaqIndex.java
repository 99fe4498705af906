package io.marketpilot.nlp.answer;

import io.marketpilot.core.faq.FaqEntry;
import io.marketpilot.nlp.encoder.TextEncoder;
import java.util.List;
import java.util.Optional;

/** The FAQ's questions encoded once (one batched call); immutable, rebuilt when the FAQ changes. */
final class FaqIndex {
    private final List<FaqEntry> entries;
    private final List<float[]> vectors;

    private FaqIndex(List<FaqEntry> entries, List<float[]> vectors) {
        this.entries = entries;
        this.vectors = vectors;
    }

    static FaqIndex of(List<FaqEntry> entries, TextEncoder encoder) {
        List<FaqEntry> copy = List.copyOf(entries);
        return new FaqIndex(copy, copy.isEmpty() ? List.of()
                : encoder.encodeAll(copy.stream().map(FaqEntry::question).toList()));
    }

    int size() {
        return entries.size();
    }

    /** The entry whose question is most similar to the encoded question, with the cosine. */
    Optional<Match> best(float[] question) {
        Match best = null;
        for (int i = 0; i < entries.size(); i++) {
            double s = dot(question, vectors.get(i));
            if (best == null || s > best.similarity()) {
                best = new Match(entries.get(i), s);
            }
        }
        return Optional.ofNullable(best);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    record Match(FaqEntry entry, double similarity) {}
}

package io.marketpilot.nlp.sentiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What the sentiment trainer learns from: the split's training and validation texts and, for a head with
 * embeddings, each text's encoding by {@code encoderName} (by id; empty map for the n-gram baseline).
 */
public record SentimentData(List<LabelledText> train, List<LabelledText> validation, Map<String, float[]> embeddings,
                            String encoderName, int encoderMaxTokens) {
    public SentimentData {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        embeddings = Map.copyOf(embeddings);
    }

    /** SHA-256 (first 16 hex digits) over ids, labels and texts of both parts, in order. */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (List<LabelledText> part : List.of(train, validation)) {
                for (LabelledText t : part) {
                    md.update((t.id() + '\t' + t.positive() + '\t' + t.text() + '\n').getBytes(StandardCharsets.UTF_8));
                }
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    float[] embedding(LabelledText t) {
        float[] v = embeddings.get(t.id());
        if (v == null) {
            throw new IllegalArgumentException("no embedding for " + t.id() + ": encode the corpus first");
        }
        return v;
    }
}

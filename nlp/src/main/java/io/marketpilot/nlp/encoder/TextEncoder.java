package io.marketpilot.nlp.encoder;

import java.util.List;

/**
 * Turns text into a dense, L2-normalised vector so that the dot product of two encodings is their cosine
 * similarity. The default is BGE-small-zh v1.5 (bilingual zh/en, 512 dimensions) running in-process.
 * Implementations are thread-safe; {@link #encodeAll} is the fast path (one batched model call).
 */
public interface TextEncoder extends AutoCloseable {

    /** A stable name with the variant, e.g. {@code bge-small-zh-v1.5-int8}; recorded in the provenance of heads trained on it. */
    String name();

    int dimension();

    /** The unit-length encoding of one text (empty text encodes too). */
    float[] encode(String text);

    /** Encodings in the order of {@code texts}. */
    List<float[]> encodeAll(List<String> texts);

    /**
     * Encodings of the texts read only up to their first {@code maxTokens} tokens (cheaper for long texts); an
     * encoder without a token limit of its own may ignore it.
     */
    default List<float[]> encodeAll(List<String> texts, int maxTokens) {
        return encodeAll(texts);
    }

    @Override
    default void close() {
    }
}

package io.marketpilot.engine.text;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import io.marketpilot.nlp.encoder.TextEncoder;
import java.util.List;

/**
 * PROVISIONAL: the int8 BGE-small-zh v1.5 through langchain4j, unbatched and uncached, until the product encoder
 * (nlp encoder package: batched, LRU-cached, fp32/int8 by config) is merged; then the engine uses that one and this
 * file goes.
 */
final class ProvisionalBgeEncoder implements TextEncoder {
    private final EmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();

    @Override
    public String name() {
        return "bge-small-zh-v1.5-int8";
    }

    @Override
    public int dimension() {
        return 512;
    }

    @Override
    public float[] encode(String text) {
        return encodeAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> encodeAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t == null || t.isBlank() ? "?" : t)).toList();
        return model.embedAll(segments).content().stream().map(e -> unit(e.vector())).toList();
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float s = n == 0 ? 0 : (float) (1 / Math.sqrt(n));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * s;
        }
        return out;
    }
}

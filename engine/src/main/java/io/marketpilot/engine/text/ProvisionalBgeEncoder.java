package io.marketpilot.engine.text;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import io.marketpilot.nlp.encoder.TextEncoder;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * PROVISIONAL: the int8 BGE-small-zh v1.5 through langchain4j, unbatched and uncached, until the product encoder
 * (nlp encoder package: batched, LRU-cached, fp32/int8 by config) is merged; then the engine uses that one and this
 * file goes.
 *
 * <p>The ONNX/tokenizer native code needs more stack than a default 1 MiB Java thread has: on the launcher's main
 * thread ({@code bin/marketpilot nlp analyze}) loading the model died with SIGSEGV, while {@code -Xss8m} or a
 * big-stack thread worked. So every model call runs on one platform thread with a 64 MiB stack.
 */
final class ProvisionalBgeEncoder implements TextEncoder {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "bge-encoder", 64L << 20);
        t.setDaemon(true);
        return t;
    });
    private final EmbeddingModel model = onWorker(BgeSmallZhV15QuantizedEmbeddingModel::new);

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
        return onWorker(() -> model.embedAll(segments).content().stream().map(e -> unit(e.vector())).toList());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private <T> T onWorker(Callable<T> work) {
        try {
            return worker.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while encoding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
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

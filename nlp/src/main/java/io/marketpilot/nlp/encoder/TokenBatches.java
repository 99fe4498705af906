package io.marketpilot.nlp.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The text half of the encoder: tokenises texts, cuts each at the token limit (keeping the closing [SEP]), sorts
 * them by token length so a batch pads little, and runs the batches on the {@link OnnxSession}: in parallel on
 * {@code threads} threads (the caller's and {@code threads - 1} workers, longest batches first) unless configured
 * otherwise. Thread-safe (the tokenizer may be shared); owns the tokenizer and the workers.
 */
final class TokenBatches implements AutoCloseable {
    private final HuggingFaceTokenizer tokenizer;
    private final OnnxSession session;
    private final int batchSize;
    private final int threads;
    private final ExecutorService workers;

    TokenBatches(HuggingFaceTokenizer tokenizer, OnnxSession session, EncoderConfig config) {
        this.tokenizer = tokenizer;
        this.session = session;
        this.batchSize = config.batchSize();
        this.threads = config.threads();
        this.workers = config.parallelBatches() && config.threads() > 1 ? Executors.newFixedThreadPool(config.threads() - 1,
            Thread.ofPlatform().name("encoder-", 0).daemon(true).stackSize(32L << 20).factory()) : null;
    }

    /** Token counts (with [CLS] and [SEP], after the tokenizer's truncation) of the texts. */
    int[] tokenCounts(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int[] out = new int[encodings.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = encodings[i].getIds().length;
        }
        return out;
    }

    /** The encodings of the texts, in order, each cut at {@code limit} tokens. */
    float[][] encode(List<String> texts, int limit) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        long[][] ids = new long[encodings.length][];
        for (int i = 0; i < ids.length; i++) {
            long[] all = encodings[i].getIds();
            if (all.length > limit) {   // keep the first limit - 1 tokens and the closing [SEP]
                long sep = all[all.length - 1];
                all = Arrays.copyOf(all, limit);
                all[limit - 1] = sep;
            }
            ids[i] = all;
        }
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a].length, ids[b].length));
        float[][] out = new float[texts.size()][];
        List<Integer[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += batchSize) {
            batches.add(Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize)));
        }
        if (workers == null || batches.size() == 1) {
            batches.forEach(b -> runInto(b, ids, out));
            return out;
        }
        // longest batches first, taken from a shared counter by the caller and the worker threads
        AtomicInteger next = new AtomicInteger(batches.size() - 1);
        Runnable drain = () -> {
            for (int b = next.getAndDecrement(); b >= 0; b = next.getAndDecrement()) {
                runInto(batches.get(b), ids, out);
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int w = 0; w < threads - 1; w++) {
            helpers.add(workers.submit(drain));
        }
        drain.run();
        for (Future<?> f : helpers) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while encoding", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        return out;
    }

    private void runInto(Integer[] batch, long[][] ids, float[][] out) {
        float[][] vectors = session.run(batch, ids);
        for (int i = 0; i < batch.length; i++) {
            out[batch[i]] = vectors[i];
        }
    }

    /** Stops the workers and frees the tokenizer (the session belongs to the encoder). */
    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
        tokenizer.close();
    }
}

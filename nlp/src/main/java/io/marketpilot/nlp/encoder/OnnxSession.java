package io.marketpilot.nlp.encoder;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The model half of the encoder: one ONNX Runtime session of BGE that runs a padded batch of token ids and returns
 * each text's [CLS] state (BGE's pooling), L2-normalised. Thread-safe: an ONNX session may run several batches at
 * once.
 */
final class OnnxSession implements AutoCloseable {
    static final int DIMENSION = 512;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final boolean wantsTypeIds;
    private final String output;

    private OnnxSession(OrtEnvironment env, OrtSession session) {
        this.env = env;
        this.session = session;
        this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
        this.output = session.getOutputNames().iterator().next();
    }

    /**
     * A session over the model bytes: one intra-op thread when batches run in parallel (else {@code threads}), all
     * graph optimisations, no spinning and no telemetry.
     */
    static OnnxSession open(byte[] model, EncoderConfig config) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        env.setTelemetry(false);   // nothing leaves the process; ORT still writes a device id under ~/.cache
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(config.parallelBatches() ? 1 : config.threads());
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        // on shared cores spinning worker threads burn CPU that other work needs (like OMP_WAIT_POLICY=passive)
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return new OnnxSession(env, env.createSession(model, options));
    }

    /** The unit-length [CLS] vectors of the texts {@code batch} picks from {@code tokenIds}, in the batch's order. */
    float[][] run(Integer[] batch, long[][] tokenIds) {
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
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("closing the ONNX session failed: " + e.getMessage(), e);
        }
    }
}

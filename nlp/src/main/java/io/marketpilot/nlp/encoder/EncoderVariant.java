package io.marketpilot.nlp.encoder;

import java.util.Locale;
import java.util.Optional;

/**
 * The two builds of BGE-small-zh v1.5 that ship as Maven artifacts: int8-quantised (24 MB, the default: fast and
 * small) and fp32 (95 MB, slightly more exact). A head trained on one variant must be used with the same one.
 */
public enum EncoderVariant {
    INT8("bge-small-zh-v1.5-int8", "bge-small-zh-v1.5-q.onnx", "bge-small-zh-v1.5-q-tokenizer.json"),
    FP32("bge-small-zh-v1.5-fp32", "bge-small-zh-v1.5.onnx", "bge-small-zh-v1.5-tokenizer.json");

    private final String modelName;
    private final String onnxResource;
    private final String tokenizerResource;

    EncoderVariant(String modelName, String onnxResource, String tokenizerResource) {
        this.modelName = modelName;
        this.onnxResource = onnxResource;
        this.tokenizerResource = tokenizerResource;
    }

    /** The stable name recorded in provenance, e.g. {@code bge-small-zh-v1.5-int8}. */
    public String modelName() {
        return modelName;
    }

    /** {@code int8} or {@code fp32}: the config value and the suffix of the heads shipped for this variant. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The variant whose {@link #modelName()} is {@code encoderName}, if it is one of ours. */
    public static Optional<EncoderVariant> ofModelName(String encoderName) {
        for (EncoderVariant v : values()) {
            if (v.modelName.equals(encoderName)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    String onnxResource() {
        return onnxResource;
    }

    String tokenizerResource() {
        return tokenizerResource;
    }

    /** {@code int8} or {@code fp32} (case-insensitive), with a message naming both when neither. */
    public static EncoderVariant parse(String s) {
        for (EncoderVariant v : values()) {
            if (v.name().equalsIgnoreCase(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("encoder variant must be int8 or fp32, was '" + s + "'");
    }
}

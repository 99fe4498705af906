package io.marketpilot.cli;

import io.marketpilot.nlp.encoder.EncoderConfig;
import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.encoder.OnnxTextEncoder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Encoder flags shared by the nlp commands: the cache directory and the thread count. */
final class NlpEncoderOptions {
    @Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = "marketpilot-data/cache/nlp",
            description = "Where corpus embeddings and the tokenizer's native library are cached (default: "
                + "${DEFAULT-VALUE}); never inside the repository.")
    Path cacheDir;

    @Option(names = "--threads", defaultValue = "2", description = "Encoder threads (default ${DEFAULT-VALUE}).")
    int threads;

    Path cache() {
        return cacheDir.toAbsolutePath().normalize();
    }

    /** The encoder a head was trained on (its name picks the variant, its token limit the truncation). */
    OnnxTextEncoder encoderFor(String encoderName, int maxTokens) {
        EncoderVariant variant = EncoderVariant.ofModelName(encoderName).orElseThrow(() ->
            new IllegalArgumentException("the sentiment head names an unknown encoder '" + encoderName
                + "'; this build runs bge-small-zh-v1.5-int8 and bge-small-zh-v1.5-fp32"));
        return OnnxTextEncoder.load(EncoderConfig.defaults(cache().resolve("native")).withVariant(variant)
            .withMaxTokens(maxTokens).withThreads(threads));
    }
}

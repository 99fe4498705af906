package io.marketpilot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.marketpilot.engine.EngineVersion;
import io.marketpilot.nlp.encoder.EncoderConfig;
import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.encoder.OnnxTextEncoder;
import io.marketpilot.nlp.sentiment.EmbeddingCacheFile;
import io.marketpilot.nlp.sentiment.SentimentConfig;
import io.marketpilot.nlp.sentiment.SentimentModelFormat;
import io.marketpilot.nlp.sentiment.SentimentTraining;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nlp train-sentiment}: reproduces the shipped sentiment head from the shared datasets and the fixed split. */
@Command(name = "train-sentiment", mixinStandardHelpOptions = true,
        description = "Trains the sentiment head on online_shopping_10_cats + the UCI English sentences with the "
            + "fixed split kept in the repository, next to the character n-gram baseline, prints both on the test "
            + "split, per category, and on unseen ChnSentiCorp hotel reviews, and writes the head.")
final class NlpTrainSentimentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    NlpEncoderOptions encoder;

    @Option(names = "--datasets", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path datasets;

    @Option(names = "--variant", defaultValue = "int8", description = "Encoder variant: int8 or fp32 (default ${DEFAULT-VALUE}).")
    String variant;

    @Option(names = "--max-tokens", defaultValue = "128", description = "Encoder token limit (default ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Where to write the head (default, from the repository root: the shipped head of the "
                + "variant, nlp/src/main/resources/io/marketpilot/nlp/sentiment/sentiment-head-VARIANT.mpm).")
    Path output;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the JSON report here.")
    Path report;

    @Override
    public Integer call() throws IOException {
        var progress = new EvaluationProgress(spec.commandLine().getErr());
        EncoderVariant v = EncoderVariant.parse(variant);
        EncoderConfig cfg = EncoderConfig.defaults(encoder.cache().resolve("native"))
            .withVariant(v).withMaxTokens(maxTokens).withThreads(encoder.threads)
            .withCacheSize(0);
        SentimentTraining.Result result;
        try (OnnxTextEncoder enc = OnnxTextEncoder.load(cfg)) {
            Path cache = encoder.cache().resolve("sentiment-corpus-" + enc.name() + "-t" + maxTokens + ".emb");
            result = SentimentTraining.run(datasets, cache, enc, maxTokens, SentimentConfig.defaults(),
                EngineVersion.current(), Clock.systemUTC().instant(),
                (stage, done, total) -> progress.progress("sentiment", stage, total > 0 ? done / (double) total : 0));
        }
        progress.done();
        Path out = (output != null ? output
            : Path.of("nlp/src/main/resources" + SentimentModelFormat.shippedResource(v))).toAbsolutePath().normalize();
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.write(tmp, SentimentModelFormat.write(result.model()));
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result.summary());
        if (report != null) {
            Files.writeString(report, json + "\n");
        }
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().println("sentiment head written to " + out);
        return ExitCodes.OK;
    }
}

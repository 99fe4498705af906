package io.marketpilot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.encoder.OnnxTextEncoder;
import io.marketpilot.nlp.sentiment.LabelledCsv;
import io.marketpilot.nlp.sentiment.SentimentEvaluation;
import io.marketpilot.nlp.sentiment.SentimentModel;
import io.marketpilot.nlp.sentiment.SentimentModelFormat;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nlp evaluate-sentiment}: the shipped (or a given) sentiment head on any labelled CSV. */
@Command(name = "evaluate-sentiment", mixinStandardHelpOptions = true,
        description = "Evaluates the sentiment head on a labelled CSV: accuracy, macro-F1, confusion matrix, "
            + "throughput (texts/s, encoding included).")
final class NlpEvaluateSentimentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    NlpEncoderOptions encoder;

    @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "CSV with a header row.")
    Path input;

    @Option(names = "--text-column", required = true, paramLabel = "C", description = "Column holding the text.")
    String textColumn;

    @Option(names = "--label-column", required = true, paramLabel = "L", description = "Column holding the label.")
    String labelColumn;

    @Option(names = "--positive-label", defaultValue = "1",
            description = "Label value meaning positive; every other value is negative (default ${DEFAULT-VALUE}).")
    String positiveLabel;

    @Option(names = "--separator", defaultValue = ",", description = "Field separator (default '${DEFAULT-VALUE}').")
    char separator;

    @Option(names = "--model", paramLabel = "FILE", description = "A head file (default: the shipped head).")
    Path model;

    @Option(names = "--variant", paramLabel = "int8|fp32",
            description = "Encoder variant: the shipped head of that variant is evaluated on it (default int8); with "
                + "--model, the head must have been trained on it (default: the head's own).")
    String variant;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the JSON result here (default: stdout).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("--input " + input + " is not a file");
        }
        EncoderVariant v = variant == null ? null : EncoderVariant.parse(variant);
        SentimentModel head = model == null ? SentimentModelFormat.shipped(v == null ? EncoderVariant.INT8 : v)
            : SentimentModelFormat.read(Files.readAllBytes(model));
        if (v != null) {
            head.requireEncoder(v.modelName());
        }
        LabelledCsv.Rows rows;
        try (Reader in = new java.io.BufferedReader(Files.newBufferedReader(input, StandardCharsets.UTF_8))) {
            rows = LabelledCsv.read(in, separator, textColumn, labelColumn, positiveLabel);
        }
        var progress = new EvaluationProgress(spec.commandLine().getErr());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("input", input.toString());
        result.put("skipped_rows", rows.skipped());
        try (OnnxTextEncoder enc = head.usesEmbeddings()
                ? encoder.encoderFor(head.encoderName(), head.encoderMaxTokens()) : null) {
            result.putAll(SentimentEvaluation.run(head, enc, rows.texts(),
                done -> progress.progress("sentiment", "evaluate", done / (double) Math.max(1, rows.texts().size()))));
        }
        progress.done();
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result);
        if (output != null) {
            Files.writeString(output, json + "\n");
            spec.commandLine().getOut().println("result written to " + output);
        } else {
            spec.commandLine().getOut().println(json);
        }
        return ExitCodes.OK;
    }
}

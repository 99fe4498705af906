package io.marketpilot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.text.TextAnalysis;
import io.marketpilot.nlp.text.Keyword;
import io.marketpilot.server.text.TextWire;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nlp analyze TEXT [--json]}: what the engine reads from a text (language, keywords, entities, intent …), as
 * {@code POST /v1/text/analyze} would answer. Catalogue entities come from the data directory when it exists;
 * without one the text is analysed against an empty catalogue and nothing is created.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse a text: normalisation, language, keywords, entities, intent (sentiment when available).")
final class NlpAnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(index = "0", paramLabel = "TEXT", description = "The text, e.g. \"物流很快，质量不错\".")
    String text;

    @Option(names = "--json", description = "Print the JSON of POST /v1/text/analyze.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        TextAnalysis a;
        if (Files.isDirectory(data.path())) {
            try (Engine engine = data.openExisting()) {
                a = engine.text().analyze(text);
            }
        } else {
            EngineConfig configured = data.config().config(); // the encoder and text settings apply here too
            Path scratch = Files.createTempDirectory("marketpilot-analyze");
            try (Engine engine = Engine.open(configured.withDataDir(scratch), Clock.systemUTC())) {
                a = engine.text().analyze(text);
            } finally {
                try (Stream<Path> files = Files.walk(scratch)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(TextWire.analysis(a)));
        } else {
            print(out, a);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, TextAnalysis a) {
        out.printf(Locale.ROOT, "%-10s %s%n", "text", a.text().text());
        out.printf(Locale.ROOT, "%-10s %s%n", "language", a.text().language().wireName());
        out.printf(Locale.ROOT, "%-10s %s (%.2f)%n", "intent", a.intent().intent().wireName(), a.intent().confidence());
        out.printf(Locale.ROOT, "%-10s %s%n", "sentiment", a.sentiment()
                .map(s -> String.format(Locale.ROOT, "%s (%.2f)", s.label(), s.probability())).orElse("n/a"));
        out.printf(Locale.ROOT, "%-10s %s%n", "keywords", a.text().keywords().stream().map(Keyword::word)
                .collect(Collectors.joining(" ")));
        out.printf(Locale.ROOT, "%-10s %s%n", "entities", a.entities().stream()
                .map(e -> e.text() + "/" + e.type().wireName()).collect(Collectors.joining(" ")));
        out.printf(Locale.ROOT, "%-10s %s%n", "tokens", a.text().tokens().stream().map(t -> t.word() + "/" + t.pos())
                .collect(Collectors.joining(" ")));
        a.text().notices().forEach(n -> out.printf(Locale.ROOT, "%-10s %s%n", "notice", n));
        if (!a.text().normalized().emojis().isEmpty()) {
            out.printf(Locale.ROOT, "%-10s %s%n", "emojis", String.join(" ", a.text().normalized().emojis()));
        }
        a.aspects().forEach(s -> out.printf(Locale.ROOT, "%-10s %s %s%n", "aspect", s.aspect(), s.polarity()));
    }
}

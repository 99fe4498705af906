package io.marketpilot.data.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.data.source.PlainFields;
import io.marketpilot.data.source.SourceReader;
import io.marketpilot.data.source.SourceRecord;
import io.marketpilot.data.source.SourceRow;
import io.marketpilot.data.source.Sources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cleaner skips text normalisation for a JSONL line the reader marked plain. Sound only if normalising such a
 * record would have changed nothing: lines of near-plain keys and values (spaces, tabs, full-width letters, BOM,
 * zero-width characters, escapes) go through the real reader, and every record marked plain must equal its
 * normalised copy.
 */
class PlainJsonlNormalisationProperties {
    @Property(tries = 300)
    void aLineMarkedPlainIsAlreadyNormal(@ForAll("lines") List<String> lines) throws IOException {
        Path file = Files.createTempFile("plain-", ".jsonl");
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            try (SourceReader reader = Sources.jsonl(file)) {
                while (reader.hasNext()) {
                    SourceRow row = reader.next();
                    if (row instanceof SourceRecord r && r.fields() instanceof PlainFields fields && fields.plainText()) {
                        Map<String, Object> copy = new LinkedHashMap<>(fields); // an ordinary map takes the full path
                        assertThat(TextNormalizer.normalize(copy)).isEqualTo(fields);
                        assertThat(TextNormalizer.normalize(fields)).isSameAs(fields);
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('!', '~').withChars("  \t\u3000\uFEFF\u200B\uFF21\u00A0")
                .ofMaxLength(12).map(PlainJsonlNormalisationProperties::quoted);
        Arbitrary<String> value = Arbitraries.oneOf(text, Arbitraries.integers().map(String::valueOf),
                text.map(t -> "{\"k\":" + t + "}"), text.map(t -> "[" + t + "]"));
        Arbitrary<String> member = text.flatMap(k -> value.map(v -> k + ":" + v));
        return member.list().ofMaxSize(6).map(m -> "{" + String.join(",", m) + "}").list().ofMinSize(1).ofMaxSize(8);
    }

    /** A JSON string literal: quotes and backslashes escaped, control characters as \\u escapes. */
    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < ' ') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}

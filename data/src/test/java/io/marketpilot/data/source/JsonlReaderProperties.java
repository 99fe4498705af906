package io.marketpilot.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The byte-level JSONL reader gives exactly what decoding the file and reading it line by line gives: the same
 * records, values and problem messages on the same lines, whatever the line endings, byte-order mark, non-ASCII
 * or malformed UTF-8, and wherever the buffer boundaries fall.
 */
class JsonlReaderProperties {

    @Property(tries = 400)
    void readsAsTheDecodedTextReads(@ForAll("files") byte[] file, @ForAll @IntRange(min = 3, max = 40) int buffer)
            throws IOException {
        List<SourceRow> read = new ArrayList<>();
        try (JsonlReader reader = new JsonlReader("t.jsonl", new ByteArrayInputStream(file), buffer)) {
            reader.forEachRemaining(read::add);
        }
        assertThat(read).isEqualTo(decodedThenRead(file));
    }

    /** The reference: the whole file decoded (U+FFFD for bad bytes), a leading BOM dropped, readLine per line. */
    private static List<SourceRow> decodedThenRead(byte[] file) throws IOException {
        List<SourceRow> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8))) {
            long line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                out.add(switch (Json.object(text)) {
                    case Json.Parsed.Object o -> new SourceRecord(line, o.fields());
                    case Json.Parsed.Failure f -> new ReadProblem(line, f.message());
                });
            }
        }
        return out;
    }

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<String> text = Arbitraries.of("{\"a\":1}", "{\"id\":\"ev-1\",\"n\":12.50,\"o\":{\"k\":[1,\"x\",null,true]}}",
                "{\"q\":\"中文 查询\"}", "  ", "\t", "", "[1,2]", "{\"a\":", "{\"a\":1} x", "nope", "{\"a\":\"\\u00e9\"}",
                "\u0000{\u0000}", "{\"a\":\"\u2028\"}", "{\"b\":1e400}", "{\"a\":1,\"a\":2}",
                " \t{ \"a\" : [ 1 , -2.50e3 , {} , [] ] ,\"b\":\"x\\\"y\\u00e9\\ud83d\\ude00\"}\t ", "{\"n\":12345678901234567890}",
                "{\"a\":tru}", "{\"a\":01}", "{\"a\":\"\t\"}", "{}", "{\"type\":\"view\",\"context\":{\"channel\":\"web\"},\"properties\":{}}");
        Arbitrary<byte[]> raw = Arbitraries.of(new byte[] {(byte) 0xE4}, new byte[] {(byte) 0xC3, (byte) 0xA9},
                new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {0x0B});
        Arbitrary<byte[]> piece = Arbitraries.oneOf(text.map(s -> s.getBytes(StandardCharsets.UTF_8)), raw);
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r", "");
        Arbitrary<byte[]> line = piece.list().ofMaxSize(3).flatMap(parts -> eol.map(end -> {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            parts.forEach(b::writeBytes);
            b.writeBytes(end.getBytes(StandardCharsets.US_ASCII));
            return b.toByteArray();
        }));
        return Arbitraries.oneOf(Arbitraries.just(new byte[0]), Arbitraries.just(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
                .flatMap(bom -> line.list().ofMaxSize(8).map(lines -> {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    b.writeBytes(bom);
                    lines.forEach(b::writeBytes);
                    return b.toByteArray();
                }));
    }
}

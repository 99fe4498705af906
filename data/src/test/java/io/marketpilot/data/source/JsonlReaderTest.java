package io.marketpilot.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
    @TempDir
    Path dir;

    private List<SourceRow> read(String text) throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, text);
        try (SourceReader reader = Sources.open(file)) {
            return reader.stream().toList();
        }
    }

    @Test
    void objectsWithNestedValuesAndExactDecimals() throws IOException {
        List<SourceRow> rows = read("\uFEFF{\"type\":\"view\",\"price\":19.90,\"context\":{\"device\":\"ios\"}}\r\n\n{\"type\":\"click\"}");

        assertThat(rows).containsExactly(
                new SourceRecord(1, Map.of("type", "view", "price", new BigDecimal("19.90"), "context", Map.of("device", "ios"))),
                new SourceRecord(3, Map.of("type", "click")));
    }

    @Test
    void nonObjectsAndMalformedLinesAreProblemsWithTheirLines() throws IOException {
        List<SourceRow> rows = read("[1,2]\n\"text\"\n{\"a\":1\n{\"a\":1} {\"b\":2}\n{\"ok\":true}\n");

        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).isEqualTo(new ReadProblem(1, "expected a JSON object, found an array"));
        assertThat(rows.get(1)).isEqualTo(new ReadProblem(2, "expected a JSON object, found a string"));
        assertThat(rows.get(2)).isInstanceOf(ReadProblem.class).extracting(SourceRow::line).isEqualTo(3L);
        assertThat(((ReadProblem) rows.get(2)).message()).startsWith("malformed JSON");
        assertThat(rows.get(3)).isEqualTo(new ReadProblem(4, "expected the line to end after the JSON object, found '{'"));
        assertThat(rows.get(4)).isEqualTo(new SourceRecord(5, Map.of("ok", true)));
    }

    @Test
    void recordsKnowWhetherAllTheirTextIsPlain() throws IOException {
        List<SourceRow> rows = read("""
                {"event_id":"ev-1","type":"view","context":{"channel":"web"},"properties":{},"n":[1,"a b"]}
                {"type":"search","properties":{"query":"中文 查询"}}
                {"type":"view ","user_id":"u-1"}
                {"type":"a  b"}
                {"type":"v\\u0069ew"}
                """);

        assertThat(rows).extracting(r -> ((PlainFields) ((SourceRecord) r).fields()).plainText())
                .containsExactly(true, false, false, false, false);
        PlainFields first = (PlainFields) ((SourceRecord) rows.get(0)).fields();
        first.put("type", " view");
        assertThat(first.plainText()).isFalse();
    }
}

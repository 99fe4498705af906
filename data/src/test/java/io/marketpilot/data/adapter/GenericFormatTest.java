package io.marketpilot.data.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericFormatTest {
    private final SourceFormats formats = SourceFormats.standard();
    @TempDir
    Path dir;

    private List<ImportRow> read(String format, Path path, RecordKind kind) {
        try (Stream<ImportRow> rows = formats.open(format, path, kind)) {
            return rows.toList();
        }
    }

    @Test
    void csvRowsAreWireRecordsOfTheRequestedKindWithSourceAndLine() throws IOException {
        Path items = Files.writeString(dir.resolve("items.csv"), "item_id,title,attributes.color\nsku-1,Mug,red\n");

        assertThat(read("csv", items, RecordKind.ITEM)).containsExactly(new WireRecord(RecordKind.ITEM, "items.csv", 2,
                Map.of("item_id", "sku-1", "title", "Mug", "attributes", Map.of("color", "red"))));
    }

    @Test
    void autoChoosesPerFileAndReportsProblems() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "{\"user_id\":\"u1\"}\n[1]\n");
        Files.writeString(dir.resolve("b.tsv"), "user_id\ttraits\nu2\t{\"tier\":\"gold\"}\n");
        Files.writeString(dir.resolve("c.txt"), "ignored");

        assertThat(read("auto", dir, RecordKind.CUSTOMER)).containsExactly(
                new WireRecord(RecordKind.CUSTOMER, "a.jsonl", 1, Map.of("user_id", "u1")),
                new RowProblem("a.jsonl", 2, "expected a JSON object, found an array"),
                new WireRecord(RecordKind.CUSTOMER, "b.tsv", 2, Map.of("user_id", "u2", "traits", Map.of("tier", "gold"))));
    }

    @Test
    void unknownNamesAndExtensionsAreExplained() throws IOException {
        assertThatThrownBy(() -> formats.get("parquet")).hasMessageContaining("known formats: auto, csv, tsv, jsonl, canonical");
        Path txt = Files.writeString(dir.resolve("x.txt"), "a");
        assertThatThrownBy(() -> read("auto", txt, RecordKind.EVENT)).hasMessageContaining("cannot tell the layout of x.txt");
        assertThatThrownBy(() -> read("csv", dir.resolve("missing.csv"), RecordKind.EVENT)).hasMessageContaining("no such file");
    }

    @Test
    void everyFormatDescribesItself() {
        assertThat(formats.all()).extracting(SourceFormat::name).containsExactly(
                "auto", "csv", "tsv", "jsonl", "canonical", "uci-online-retail", "movielens", "instacart");
        assertThat(formats.all()).allSatisfy(f -> assertThat(f.describe()).hasSizeGreaterThan(40));
    }
}

package io.marketpilot.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path dir;

    private List<SourceRow> read(String text) throws IOException {
        return read(text, CsvFormat.DEFAULT);
    }

    private List<SourceRow> read(String text, CsvFormat format) throws IOException {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, text, format.charset());
        try (SourceReader reader = Sources.csv(file, format)) {
            return reader.stream().toList();
        }
    }

    private static SourceRecord record(SourceRow row) {
        assertThat(row).isInstanceOf(SourceRecord.class);
        return (SourceRecord) row;
    }

    @Test
    void readsHeaderAndRowsWithTheirLines() throws IOException {
        List<SourceRow> rows = read("user_id,item_id\nu1,i1\nu2,i2\n");

        assertThat(rows).containsExactly(
                new SourceRecord(2, Map.of("user_id", "u1", "item_id", "i1")),
                new SourceRecord(3, Map.of("user_id", "u2", "item_id", "i2")));
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndNewlinesAndLinesCountPhysicalLines() throws IOException {
        List<SourceRow> rows = read("id,text\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,after\n");

        assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L, 4L, 6L);
        assertThat(record(rows.get(0)).fields()).containsEntry("text", "a, b");
        assertThat(record(rows.get(1)).fields()).containsEntry("text", "say \"hi\"");
        assertThat(record(rows.get(2)).fields()).containsEntry("text", "two\nlines");
        assertThat(record(rows.get(3)).fields()).containsEntry("text", "after");
    }

    @Test
    void byteOrderMarkBeforeTheHeaderIsDropped() throws IOException {
        List<SourceRow> rows = read("\uFEFFuser_id,item_id\nu1,i1\n");

        assertThat(record(rows.get(0)).fields()).containsOnlyKeys("user_id", "item_id");
    }

    @Test
    void crlfLineEndsAndMissingFinalNewlineAndEmptyTrailingLines() throws IOException {
        List<SourceRow> rows = read("a,b\r\n1,\"x\"\r\n2,y\r\n\r\n\n3,z");

        assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L, 6L);
        assertThat(rows).map(r -> record(r).fields().get("b")).containsExactly("x", "y", "z");
    }

    @Test
    void raggedRowIsAProblemWithItsLineAndReadingContinues() throws IOException {
        List<SourceRow> rows = read("a,b\n1,2\n1,2,3\n4\n5,6\n");

        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).isEqualTo(new ReadProblem(3, "expected 2 fields as in the header, found 3"));
        assertThat(rows.get(2)).isEqualTo(new ReadProblem(4, "expected 2 fields as in the header, found 1"));
        assertThat(record(rows.get(3)).fields()).containsEntry("a", "5");
    }

    @Test
    void characterAfterClosingQuoteIsAProblemAndTheNextLineIsReadNormally() throws IOException {
        List<SourceRow> rows = read("a,b\n1,\"x\"y\n2,ok\n");

        assertThat(rows.get(0)).isInstanceOf(ReadProblem.class).extracting(SourceRow::line).isEqualTo(2L);
        assertThat(((ReadProblem) rows.get(0)).message()).contains("'y' after the closing quote");
        assertThat(rows.get(1)).isEqualTo(new SourceRecord(3, Map.of("a", "2", "b", "ok")));
    }

    @Test
    void quoteThatNeverClosesCostsOnlyItsOwnLine() throws IOException {
        List<SourceRow> rows = read("a,b\n1,\"open\n2,x\n3,y\n");

        assertThat(rows.get(0)).isEqualTo(new ReadProblem(2, "quoted field opened on line 2 is never closed"));
        assertThat(rows.subList(1, 3)).containsExactly(
                new SourceRecord(3, Map.of("a", "2", "b", "x")),
                new SourceRecord(4, Map.of("a", "3", "b", "y")));
    }

    @Test
    void runawayQuoteBeyondTheRecordLimitIsAProblemAndReadingResumes() throws IOException {
        StringBuilder text = new StringBuilder("a,b\n1,\"runaway\n");
        for (int i = 0; i < 400; i++) {
            text.append(i).append(",row ").append(i).append('\n');
        }
        List<SourceRow> rows = read(text.toString(), CsvFormat.DEFAULT.withMaxRecordChars(2048));

        assertThat(rows.get(0)).isInstanceOf(ReadProblem.class).extracting(SourceRow::line).isEqualTo(2L);
        assertThat(rows.subList(1, rows.size())).hasSize(400).allMatch(r -> r instanceof SourceRecord);
        assertThat(rows.get(400).line()).isEqualTo(402L);
    }

    @Test
    void quoteInsideAnUnquotedFieldIsData() throws IOException {
        List<SourceRow> rows = read("title,size\nTV 5\" screen,5\n");

        assertThat(record(rows.get(0)).fields()).containsEntry("title", "TV 5\" screen");
    }

    @Test
    void emptyCellsAreLeftOutAndTheLastFieldMayBeEmpty() throws IOException {
        List<SourceRow> rows = read("a,b,c\n1,,\n,\"\",3");

        assertThat(record(rows.get(0)).fields()).isEqualTo(Map.of("a", "1"));
        assertThat(record(rows.get(1)).fields()).isEqualTo(Map.of("c", "3"));
    }

    @Test
    void tabAndPipeDelimitedFilesWithoutHeaderOrQuoting() throws IOException {
        CsvFormat pipes = CsvFormat.DEFAULT.withDelimiter('|').withoutQuoting().withColumns(List.of("id", "title"));
        List<SourceRow> rows = read("1|\"Glory\" (1989)\n2|Heat\n", pipes);

        assertThat(rows).containsExactly(
                new SourceRecord(1, Map.of("id", "1", "title", "\"Glory\" (1989)")),
                new SourceRecord(2, Map.of("id", "2", "title", "Heat")));
        assertThat(read("x\ty\n\"a\tb\"\tc\n", CsvFormat.TSV)).containsExactly(new SourceRecord(2, Map.of("x", "a\tb", "y", "c")));
    }

    @Test
    void contextAndPropertiesColumnsNestAndJsonObjectColumnsAreParsed() throws IOException {
        List<SourceRow> rows = read("type,context.device,properties,context.geo\n"
                + "view,mobile,\"{\"\"q\"\":\"\"shoes\"\",\"\"n\"\":2.50}\",DE\n"
                + "view,web,{not json,\n");

        Map<String, Object> first = record(rows.get(0)).fields();
        assertThat(first.get("context")).isEqualTo(Map.of("device", "mobile", "geo", "DE"));
        assertThat(first.get("properties")).isEqualTo(Map.of("q", "shoes", "n", new java.math.BigDecimal("2.50")));
        assertThat(record(rows.get(1)).fields()).containsEntry("properties", "{not json");
    }

    @Test
    void rowsOfPrintableAsciiWithoutSpacesAreMarkedPlain() throws IOException {
        List<SourceRow> rows = read("id,context.device,note\n"
                + "e-1,mobile,\"a,\"\"b\"\"\"\n" // quoted, with a delimiter and a doubled quote: still plain text
                + "e-2,,\n"
                + "e-3,web,a b\n" // a space may need collapsing or trimming
                + "e-4,web,\u4e2d\n"
                + "e-5,web,\"two\nlines\"\n"
                + "e-6,web,tab\there\n");

        assertThat(rows).extracting(r -> record(r).fields() instanceof PlainRecord)
                .containsExactly(true, true, false, false, false, false);
        assertThat(record(rows.get(0)).fields()).isEqualTo(Map.of("id", "e-1", "context", Map.of("device", "mobile"), "note", "a,\"b\""));
    }

    @Test
    void plainRowsNeedPlainHeadersWireShapingAndNoJsonColumn() throws IOException {
        assertThat(record(read("ｉｄ,x\n1,2\n").get(0)).fields()).isNotInstanceOf(PlainRecord.class);
        assertThat(record(read("id,properties\n1,{}\n2,\n").get(0)).fields()).isNotInstanceOf(PlainRecord.class);
        assertThat(record(read("id,properties\n1,{}\n2,\n").get(1)).fields()).isInstanceOf(PlainRecord.class);
        assertThat(record(read("id,x\n1,2\n", CsvFormat.DEFAULT.withoutWireShaping()).get(0)).fields())
                .isNotInstanceOf(PlainRecord.class);
    }

    @Test
    void givenColumnNamesThatRepeatKeepTheLastValueAsBefore() throws IOException {
        CsvFormat repeated = CsvFormat.DEFAULT.withColumns(List.of("a", "context.x", "a", "context.x"));

        assertThat(record(read("1,2,3,4\n", repeated).get(0)).fields())
                .isInstanceOf(PlainRecord.class).isEqualTo(Map.of("a", "3", "context", Map.of("x", "4")));
    }

    @Test
    void datasetFormatKeepsColumnNamesVerbatim() throws IOException {
        List<SourceRow> rows = read("context.x,properties\n1,{}\n", CsvFormat.DEFAULT.withoutWireShaping());

        assertThat(record(rows.get(0)).fields()).isEqualTo(Map.of("context.x", "1", "properties", "{}"));
    }

    @Test
    void duplicateHeaderNamesAreOneProblem() throws IOException {
        assertThat(read("a,a\n1,2\n")).containsExactly(
                new ReadProblem(1, "the header names column \"a\" twice; the file cannot be read unambiguously"));
    }

    @Test
    void gzipIsRecognisedByContentAndLatin1CanBeChosen() throws IOException {
        Path gz = dir.resolve("data.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("\uFEFFa,b\n1,Mis\u00e9rables\n".getBytes(StandardCharsets.UTF_8));
        }
        try (SourceReader reader = Sources.open(gz)) {
            assertThat(reader.stream().toList()).containsExactly(new SourceRecord(2, Map.of("a", "1", "b", "Mis\u00e9rables")));
        }
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "a\nMis\u00e9rables\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Sources.isUtf8(latin)).isFalse();
        assertThat(Sources.isUtf8(gz)).isTrue();
        try (SourceReader reader = Sources.csv(latin, CsvFormat.DEFAULT.withCharset(StandardCharsets.ISO_8859_1))) {
            assertThat(record(reader.next()).fields()).containsEntry("a", "Mis\u00e9rables");
        }
    }

    @Test
    void recordsLongerThanTheReadBufferAreReadWhole() throws IOException {
        String longText = "x".repeat(200_000);
        List<SourceRow> rows = read("a,b\n1,\"" + longText + "\"\n2," + longText + "\n3,z\n");

        assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L, 4L);
        assertThat(record(rows.get(0)).fields().get("b")).isEqualTo(longText);
        assertThat(record(rows.get(1)).fields().get("b")).isEqualTo(longText);
    }
}

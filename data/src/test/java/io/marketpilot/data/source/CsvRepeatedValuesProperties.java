package io.marketpilot.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The CSV reader's per-column value caches ({@link ValueCache} on chars) never change what a field reads as: over
 * runs of rows where a column's values repeat, stop repeating (the cache rests) and repeat again, where more
 * distinct values than slots evict each other, where values share a slot pair, where equal text appears quoted,
 * unquoted or with doubled quotes, and where values are non-ASCII, empty or longer than the cache keeps, every
 * field reads as written.
 */
class CsvRepeatedValuesProperties {

    @Property(tries = 30)
    void fieldsReadAsWritten(@ForAll("runs") List<List<List<String>>> runs) {
        List<List<String>> rows = new ArrayList<>();
        runs.forEach(rows::addAll);
        assertReadsBack(rows);
    }

    /** More rows than a window and a rest: ids switch the cache off and on, 20 types evict each other. */
    @Example
    void manyRowsAcrossWindowsRestsAndEvictions() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 3 * (ValueCache.REST + ValueCache.WINDOW); i++) {
            String id = (i / 5000) % 2 == 0 ? "ev-" + i : "ev-" + (i % 3);
            String type = i % 3 == 0 ? "view" : "type-" + (char) ('a' + i % 20) + "x".repeat(i % 20);
            rows.add(List.of(id, type, i % 5 == 0 ? "" : i % 7 == 0 ? "中文" : "web"));
        }
        assertReadsBack(rows);
    }

    @Example
    void aRepeatedFieldIsOneSharedString() {
        CsvReader reader = new CsvReader("t.csv", new StringReader("c0,c1,c2\nview,1,a\nview,2,b\n"), CsvFormat.DEFAULT);
        Object first = ((SourceRecord) reader.next()).fields().get("c0");
        Object second = ((SourceRecord) reader.next()).fields().get("c0");
        assertThat(second).isEqualTo("view").isSameAs(first);
    }

    private static void assertReadsBack(List<List<String>> rows) {
        StringBuilder text = new StringBuilder("c0,c1,c2\n");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                boolean quote = (r + i) % 3 == 0 || v.contains(",") || v.contains("\"") || v.contains("\n");
                text.append(i > 0 ? "," : "").append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
            }
            text.append('\n');
        }
        CsvReader reader = new CsvReader("t.csv", new StringReader(text.toString()), CsvFormat.DEFAULT, 64);
        List<SourceRow> read = new ArrayList<>();
        reader.forEachRemaining(read::add);

        List<Map<String, Object>> expected = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (int i = 0; i < 3; i++) {
                if (!row.get(i).isEmpty()) {
                    fields.put("c" + i, row.get(i));
                }
            }
            expected.add(fields);
        }
        assertThat(read.stream().map(r -> ((SourceRecord) r).fields()).toList()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<List<List<String>>>> runs() {
        Arbitrary<String> repeating = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.of("view", "purchase", "web", "mobile", "EUR", "a", "", "ab", "a b", "中文")),
                // the same length, first, middle and last char: one slot pair, told apart only by comparing
                Tuple.of(4, Arbitraries.of("a1c2e", "a9c8e", "a5c5e", "sku-1x01", "sku-9x91")),
                Tuple.of(2, Arbitraries.of("a\"b", "x,y", "line\nbreak", "vi\"\"ew")),
                Tuple.of(1, any()));
        Arbitrary<List<List<String>>> same = repeating.list().ofSize(3).list().ofMinSize(1).ofMaxSize(120);
        Arbitrary<List<List<String>>> distinct = any().list().ofSize(3).list().ofMinSize(1).ofMaxSize(120);
        return Arbitraries.oneOf(same, distinct).list().ofMinSize(1).ofMaxSize(4);
    }

    /** Mostly distinct values, up to past the cache's length limit, some non-ASCII. */
    private static Arbitrary<String> any() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars(' ', '-', ':', 'é', '中').ofMaxLength(60);
    }
}

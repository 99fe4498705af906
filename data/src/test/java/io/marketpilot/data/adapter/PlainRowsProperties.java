package io.marketpilot.data.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.data.cleaning.BotDetector;
import io.marketpilot.data.cleaning.BotPolicy;
import io.marketpilot.data.cleaning.CleanedEvents;
import io.marketpilot.data.cleaning.EventCleaner;
import io.marketpilot.data.source.PlainRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rows the CSV reader marks {@link PlainRecord} skip text normalisation: cleaning them gives exactly what cleaning
 * the same records as ordinary maps (which are normalised) gives, for canonical and generic CSV, whatever mix of
 * plain and messy text (spaces, tabs, full-width, BOM, zero-width, CJK) the cells and header hold.
 */
class PlainRowsProperties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String MESSY = " \t\u3000\u00A0\uFEFF\u200B\uFF21\uFF10\uFF0D\u4e2d\u0085\u00ADa1-:.";

    @Property(tries = 150)
    void canonicalPlainRowsCleanAsOrdinaryMaps(@ForAll("headers") List<String> header,
                                               @ForAll("rows") List<List<String>> rows) throws IOException {
        cleanedAlike("canonical", header, rows);
    }

    @Property(tries = 100)
    void genericPlainRowsCleanAsOrdinaryMaps(@ForAll("headers") List<String> header,
                                             @ForAll("rows") List<List<String>> rows) throws IOException {
        List<String> wireHeader = new ArrayList<>(header);
        wireHeader.set(wireHeader.indexOf("event_type"), "type");
        cleanedAlike("csv", wireHeader, rows);
    }

    private static void cleanedAlike(String format, List<String> header, List<List<String>> rows) throws IOException {
        Path dir = Files.createTempDirectory("plain-rows");
        try {
            StringBuilder text = new StringBuilder(String.join(",", header)).append('\n');
            for (List<String> row : rows) {
                for (int i = 0; i < header.size(); i++) {
                    text.append(i == 0 ? "" : ",").append('"').append(row.get(i).replace("\"", "\"\"")).append('"');
                }
                text.append('\n');
            }
            Path file = Files.writeString(dir.resolve("events.csv"), text);
            List<Map<String, Object>> records = SharedData.readAll(format, file).stream()
                    .map(r -> ((WireRecord) r).fields()).toList();
            for (Map<String, Object> r : records) {
                if (r instanceof PlainRecord) {
                    assertThat(allPlain(r)).as("plain record %s", r).isTrue();
                }
            }
            List<Map<String, Object>> ordinary = records.stream().map(PlainRowsProperties::ordinaryCopy).toList();

            CleanedEvents fast = new EventCleaner(CLOCK).clean(records, new BotDetector(BotPolicy.DEFAULT));
            CleanedEvents slow = new EventCleaner(CLOCK).clean(ordinary, new BotDetector(BotPolicy.DEFAULT));

            assertThat(fast).isEqualTo(slow);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<List<String>> headers() {
        Arbitrary<String> extra = Arbitraries.of("extra", "context.x", "ｅｘｔｒａ", " spaced ", "context.ｄｅｖｉｃｅ", "note");
        return extra.map(e -> List.of("event_id", "user_id", "item_id", "timestamp", "event_type", "value", "price",
                "currency", "context.channel", "properties.query", e));
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> messy = Arbitraries.strings().withChars(MESSY).ofMaxLength(12);
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of("e-1", "e-2", "ｅ-1", " e-1", ""), messy);
        Arbitrary<String> user = Arbitraries.oneOf(Arbitraries.of("u-1", "u-2", "u-1 ", "ｕ-2", "\uFEFFu-1", ""), messy);
        Arbitrary<String> time = Arbitraries.of("2026-05-01T10:00:00Z", "2026-05-01 10:00:00Z", "2026-05-01T10:00:00+02:00",
                "1777000000", "2026-05-01T10:00:00", "２０２６-05-01T10:00:00Z", " 2026-05-01T10:00:00Z", "");
        Arbitrary<String> type = Arbitraries.of("view", "purchase", "review", "search", "ｖｉｅｗ", "view ", "refund", "");
        Arbitrary<String> value = Arbitraries.of("1", "-2", "3.5", "0", "x", "１", "");
        Arbitrary<String> price = Arbitraries.of("9.90", "-1", "１0", "", "abc");
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of("web", "app", "a b", "a  b", "中文", "EUR", "eur"), messy);
        Arbitrary<List<String>> row = id.flatMap(i -> user.flatMap(u -> Arbitraries.of("sku-1", "sku-2", "", "ｓｋｕ")
                .flatMap(it -> time.flatMap(t -> type.flatMap(ty -> value.flatMap(v -> price.flatMap(p ->
                        text.list().ofSize(4).map(rest -> {
                            List<String> cells = new ArrayList<>(List.of(i, u, it, t, ty, v, p));
                            cells.addAll(rest);
                            return cells;
                        }))))))));
        return row.list().ofMaxSize(12);
    }

    private static boolean allPlain(Object v) {
        if (v instanceof String s) {
            return PlainRecord.isPlain(s);
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().allMatch(e -> allPlain(e.getKey()) && allPlain(e.getValue()));
        }
        if (v instanceof List<?> l) {
            return l.stream().allMatch(PlainRowsProperties::allPlain);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ordinaryCopy(Map<String, Object> record) {
        Map<String, Object> out = new LinkedHashMap<>();
        record.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? ordinaryCopy((Map<String, Object>) m) : v));
        return out;
    }
}

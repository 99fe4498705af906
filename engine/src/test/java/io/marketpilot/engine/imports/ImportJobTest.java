package io.marketpilot.engine.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.ProgressSink;
import io.marketpilot.engine.config.EngineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJobTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path csv(String content) throws IOException {
        Path f = dir.resolve("in").resolve("events.csv");
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
        return f;
    }

    private static final String MIXED = """
            event_id,type,user_id,item_id,timestamp,quantity
            e1,view,u1,sku-1,2026-10-01T10:00:00Z,
            e2,purchase,u1,sku-1,2026-10-01T10:05:00Z,two
            e3,view,,sku-2,2026-10-01T10:06:00Z,
            e4,purchase,u2,sku-2,2026-10-01T10:07:00Z,1
            """;

    @Test
    void anyInvalidRowAbortsTheImportListsEveryBadRowAndWritesNothing() throws IOException {
        try (Engine engine = Engine.open(EngineConfig.at(dir.resolve("data")), CLOCK)) {
            ImportReport report = engine.importFile(new ImportRequest(ImportKind.EVENTS, csv(MIXED), "auto", false),
                    ProgressSink.NONE);
            assertThat(report.committed()).isFalse();
            assertThat(report.badRowCount()).isEqualTo(2);
            assertThat(report.badRows()).extracting(ImportReport.BadRow::line).containsExactly(3L, 4L);
            assertThat(report.badRows().get(0).reason()).contains("quantity").contains("\"two\"");
            assertThat(report.badRows().get(1).reason()).contains("user_id");
            assertThat(engine.stats().events().total()).isZero();
        }
    }

    @Test
    void skipInvalidImportsTheValidRowsAndWritesRejectsBesideTheInput() throws IOException {
        Path input = csv(MIXED);
        try (Engine engine = Engine.open(EngineConfig.at(dir.resolve("data")), CLOCK)) {
            ImportReport report = engine.importFile(new ImportRequest(ImportKind.EVENTS, input, "csv", true),
                    ProgressSink.NONE);
            assertThat(report.committed()).isTrue();
            assertThat(report.eventsAccepted()).isEqualTo(2);
            assertThat(report.rejectsFile()).isEqualTo(input.resolveSibling("events.csv.rejects.jsonl"));
            assertThat(Files.readAllLines(report.rejectsFile())).hasSize(2)
                    .first().asString().contains("\"line\":3").contains("\"field\":\"quantity\"")
                    .endsWith("\"record\":{\"event_id\":\"e2\",\"type\":\"purchase\",\"user_id\":\"u1\","
                            + "\"item_id\":\"sku-1\",\"timestamp\":\"2026-10-01T10:05:00Z\",\"quantity\":\"two\"}}");
            assertThat(engine.stats().events().total()).isEqualTo(2);

            ImportReport again = engine.importFile(new ImportRequest(ImportKind.EVENTS, input, "csv", true),
                    ProgressSink.NONE);
            assertThat(again.eventsAccepted()).isZero();
            assertThat(again.eventDuplicates()).isEqualTo(2);
        }
    }

    /**
     * 25,000 rows (three chunks, each cleaned and handed to the writer thread while the next is read): every
     * 197th row has a bad quantity, every 1,499th is unreadable (a field too many), every 2,003rd repeats an id
     * of an earlier chunk.
     */
    private Path manyChunks(List<Long> badLines, int[] valid) throws IOException {
        StringBuilder csv = new StringBuilder("event_id,type,user_id,item_id,timestamp,quantity\n");
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 25_000; i++) {
            long line = i + 2;
            String id = i % 2_003 == 2_002 ? "e" + (i - 12_000 > 0 ? i - 12_000 : 0) : "e" + i;
            String quantity = i % 197 == 196 ? "-" : "1";
            String extra = i % 1_499 == 1_498 ? ",x" : "";
            csv.append(id).append(",view,u").append(i % 500).append(",sku-").append(i % 50)
                    .append(",2026-10-01T10:").append(String.format("%02d:%02d", (i / 60) % 60, i % 60)).append("Z,")
                    .append(quantity).append(extra).append('\n');
            if (!quantity.equals("1") || !extra.isEmpty()) {
                badLines.add(line);
            } else if (ids.add(id)) {
                valid[0]++;
            }
        }
        return csv(csv.toString());
    }

    @Test
    void manyChunksListEveryBadRowOnceAndKeepTheContract() throws IOException {
        List<Long> bad = new java.util.ArrayList<>();
        int[] valid = {0};
        Path input = manyChunks(bad, valid);
        try (Engine engine = Engine.open(EngineConfig.at(dir.resolve("data")), CLOCK)) {
            ImportReport failed = engine.importFile(new ImportRequest(ImportKind.EVENTS, input, "csv", false),
                    ProgressSink.NONE);
            assertThat(failed.committed()).isFalse();
            assertThat(failed.badRowCount()).isEqualTo(bad.size());
            assertThat(failed.badRows()).hasSize(ImportReport.MAX_LISTED_BAD_ROWS)
                    .extracting(ImportReport.BadRow::line).doesNotHaveDuplicates().isSubsetOf(bad);
            assertThat(engine.stats().events().total()).isZero();

            ImportReport skipped = engine.importFile(new ImportRequest(ImportKind.EVENTS, input, "csv", true),
                    ProgressSink.NONE);
            assertThat(skipped.committed()).isTrue();
            assertThat(skipped.eventsAccepted()).isEqualTo(valid[0]);
            assertThat(skipped.eventDuplicates()).isEqualTo(25_000 - bad.size() - valid[0]);
            List<Long> rejectedLines = Files.readAllLines(skipped.rejectsFile()).stream()
                    .map(l -> Long.parseLong(l.replaceAll(".*\"line\":(\\d+).*", "$1"))).toList();
            assertThat(rejectedLines).containsExactlyInAnyOrderElementsOf(bad);
            assertThat(engine.stats().events().total()).isEqualTo(valid[0]);

            // the phases of a multi-chunk import: each within the whole, the writer did work, the wait is part
            // of reading and cleaning
            ImportReport.Phases p = skipped.phases();
            assertThat(p.writing()).isPositive();
            assertThat(p.waitedForWriter()).isLessThanOrEqualTo(p.readingAndCleaning());
            assertThat(p.readingAndCleaning().plus(p.commit()).plus(p.records())).isLessThanOrEqualTo(skipped.took());
            assertThat(p.commit()).isPositive();
        }
    }

    @Test
    void importsItemsAndCustomers() throws IOException {
        Path items = dir.resolve("items.jsonl");
        Files.writeString(items, """
                {"item_id":"sku-1","title":"Earbuds","category":["Electronics","Audio"],"price":"99.00","currency":"CNY"}
                {"item_id":"sku-2","title":"Case","available":false}
                """);
        Path customers = dir.resolve("customers.csv");
        Files.writeString(customers, "user_id,traits\nu1,\"{\"\"city\"\":\"\"Hangzhou\"\"}\"\n");
        try (Engine engine = Engine.open(EngineConfig.at(dir.resolve("data")), CLOCK)) {
            assertThat(engine.importFile(new ImportRequest(ImportKind.ITEMS, items, "auto", false), ProgressSink.NONE)
                    .itemsWritten()).isEqualTo(2);
            assertThat(engine.importFile(new ImportRequest(ImportKind.CUSTOMERS, customers, "auto", false),
                    ProgressSink.NONE).customersWritten()).isEqualTo(1);
            assertThat(engine.item(io.marketpilot.core.id.ItemId.of("sku-1")).orElseThrow().category())
                    .containsExactly("Electronics", "Audio");
            assertThat(engine.customer(io.marketpilot.core.id.UserId.of("u1")).orElseThrow().traits())
                    .containsEntry("city", "Hangzhou");
        }
    }
}

package io.marketpilot.data.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.data.cleaning.BotDetector;
import io.marketpilot.data.cleaning.BotPolicy;
import io.marketpilot.data.cleaning.CleanedEvents;
import io.marketpilot.data.cleaning.EventCleaner;
import io.marketpilot.data.cleaning.ItemCleaner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the real export: README counts (541,909 lines) must be fully accounted for. */
class UciRetailFormatTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static Path dir;

    @BeforeAll
    static void locate() {
        dir = SharedData.dataset("uci-online-retail");
    }

    @Test
    void everyLineIsAnEventOrACountedSkipAndAllEventsCleanWithoutRejection() {
        ImportTally tally = new ImportTally();
        Set<String> ids = new HashSet<>();
        long purchases = 0;
        long refunds = 0;
        long rejected = 0;
        long flaggedAsBot = 0;
        EventCleaner cleaner = new EventCleaner(CLOCK);
        BotDetector bots = new BotDetector(BotPolicy.DEFAULT);
        List<Map<String, Object>> batch = new ArrayList<>();
        List<Map<String, Object>> items = new ArrayList<>();
        try (Stream<ImportRow> rows = SourceFormats.standard().open("uci-online-retail", dir, RecordKind.EVENT)) {
            for (ImportRow row : (Iterable<ImportRow>) rows::iterator) {
                tally.add(row);
                if (row instanceof WireRecord r && r.kind() == RecordKind.EVENT) {
                    ids.add((String) r.fields().get("event_id"));
                    purchases += "purchase".equals(r.fields().get("type")) ? 1 : 0;
                    refunds += "refund".equals(r.fields().get("type")) ? 1 : 0;
                    batch.add(r.fields());
                    if (batch.size() == 10_000) {
                        CleanedEvents out = cleaner.clean(batch, bots);
                        rejected += out.rejections().size() + out.duplicates();
                        flaggedAsBot += out.accepted().stream().filter(e -> e.bot()).count();
                        batch.clear();
                    }
                } else if (row instanceof WireRecord r && r.kind() == RecordKind.ITEM) {
                    items.add(r.fields());
                }
            }
        }
        CleanedEvents last = cleaner.clean(batch, bots);
        rejected += last.rejections().size() + last.duplicates();

        assertThat(tally.problems()).isZero();
        assertThat(purchases).isEqualTo(527_761);
        assertThat(refunds).isEqualTo(8_704);
        assertThat(tally.skippedByReason()).isEqualTo(Map.of("non-product stock code", 2_946L, "non-positive unit price", 2_498L));
        assertThat(purchases + refunds + tally.skipped()).isEqualTo(541_909);
        assertThat(ids).hasSize(536_465); // deterministic ids are also unique
        assertThat(rejected).isZero();
        assertThat(flaggedAsBot).as("wholesale invoices are order lines, not bot traffic").isZero();
        assertThat(tally.records(RecordKind.ITEM)).isEqualTo(3_813);
        assertThat(tally.records(RecordKind.CUSTOMER)).isEqualTo(4_362);
        assertThat(new ItemCleaner().clean(items).rejections()).isEmpty();
    }

    @Test
    void firstLineMapsToAWinterPurchaseInGmt() {
        WireRecord first = firstEvent(dir.resolve("online_retail_2010-12.csv.gz"));

        assertThat(first.source()).isEqualTo("online_retail_2010-12.csv.gz");
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.fields()).containsEntry("event_id", "uci-536365-85123A-1")
                .containsEntry("type", "purchase")
                .containsEntry("user_id", "17850")
                .containsEntry("item_id", "85123A")
                .containsEntry("timestamp", "2010-12-01T08:26:00Z")
                .containsEntry("quantity", 6L)
                .containsEntry("price", new BigDecimal("2.55"))
                .containsEntry("currency", "GBP")
                .containsEntry("context", Map.of("country", "United Kingdom"))
                .containsEntry("properties", Map.of("order_id", "536365"));
    }

    @Test
    void summerTimesAreBritishSummerTime() {
        assertThat(firstEvent(dir.resolve("online_retail_2011-06.csv.gz")).fields())
                .containsEntry("timestamp", "2011-06-01T06:37:00Z"); // 07:37 BST
    }

    @Test
    void cancellationsAreRefundsAndUnknownCustomersAnonymousPerInvoice() {
        List<Map<String, Object>> events = SharedData.readAll("uci-online-retail", dir.resolve("online_retail_2010-12.csv.gz"))
                .stream().filter(r -> r instanceof WireRecord w && w.kind() == RecordKind.EVENT)
                .map(r -> ((WireRecord) r).fields()).toList();

        Map<String, Object> refund = events.stream().filter(e -> "refund".equals(e.get("type"))).findFirst().orElseThrow();
        assertThat((Long) refund.get("quantity")).isPositive();
        assertThat(((Map<?, ?>) refund.get("properties")).get("order_id").toString()).startsWith("C");
        Map<String, Object> anonymous = events.stream().filter(e -> e.containsKey("anonymous_id")).findFirst().orElseThrow();
        assertThat(anonymous).doesNotContainKey("user_id");
        assertThat(anonymous.get("anonymous_id")).isEqualTo("uci-invoice-" + ((Map<?, ?>) anonymous.get("properties")).get("order_id"));
    }

    @Test
    void skippedLinesSayWhy() {
        List<SkippedRow> skipped = SharedData.readAll("uci-online-retail", dir.resolve("online_retail_2010-12.csv.gz"))
                .stream().filter(SkippedRow.class::isInstance).map(SkippedRow.class::cast).toList();

        assertThat(skipped).anySatisfy(s -> assertThat(s).extracting(SkippedRow::reason, SkippedRow::detail)
                .containsExactly("non-product stock code", "POST"));
        assertThat(skipped).anySatisfy(s -> assertThat(s.reason()).isEqualTo("non-positive unit price"));
        assertThat(skipped).allSatisfy(s -> assertThat(s.line()).isGreaterThan(1));
    }

    private static WireRecord firstEvent(Path file) {
        try (Stream<ImportRow> rows = SourceFormats.standard().open("uci-online-retail", file, RecordKind.EVENT)) {
            return rows.filter(WireRecord.class::isInstance).map(WireRecord.class::cast).findFirst().orElseThrow();
        }
    }
}

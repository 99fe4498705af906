package io.marketpilot.data.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** README: 9,288 products; 32,290 prior lines, of which 2,169 belong to the 201 orders missing from orders.csv. */
class InstacartFormatTest {
    private static List<ImportRow> rows;

    @BeforeAll
    static void read() {
        Path dir = SharedData.dataset("instacart-sample");
        rows = SharedData.readAll("instacart", dir);
    }

    private static List<Map<String, Object>> records(RecordKind kind) {
        return rows.stream().filter(r -> r instanceof WireRecord w && w.kind() == kind).map(r -> ((WireRecord) r).fields()).toList();
    }

    @Test
    void everyLineIsAPurchaseOrACountedSkip() {
        ImportTally tally = new ImportTally();
        rows.forEach(tally::add);

        assertThat(tally.records(RecordKind.ITEM)).isEqualTo(9_288);
        assertThat(tally.records(RecordKind.EVENT)).isEqualTo(30_121);
        assertThat(tally.skippedByReason()).isEqualTo(Map.of("order not in orders.csv", 2_169L));
        assertThat(tally.records(RecordKind.EVENT) + tally.skipped()).isEqualTo(32_290);
        assertThat(tally.problems()).isZero();
        assertThat(records(RecordKind.EVENT)).extracting(m -> m.get("event_id")).doesNotHaveDuplicates();
    }

    @Test
    void productsHaveDepartmentThenAisleAsCategory() {
        assertThat(records(RecordKind.ITEM)).filteredOn(m -> "1".equals(m.get("item_id"))).singleElement()
                .isEqualTo(Map.of("item_id", "1", "title", "Chocolate Sandwich Cookies", "category", List.of("snacks", "cookies cakes")));
    }

    @Test
    void orderTimesFollowTheDocumentedSynthesis() {
        // user 32099 has orders 2 (Mon 15h), 5 (4 days later, 16h) and 18 (4 days later, 20h) in the sample
        assertThat(timeOf("309518")).isEqualTo("2017-01-09T15:00:00Z");  // day 7*(2-1) + 1
        assertThat(timeOf("2154511")).isEqualTo("2017-01-27T16:00:00Z"); // + 4 days + 2 missing orders * 7
        assertThat(timeOf("2690907")).isEqualTo("2017-04-25T20:00:00Z"); // + 4 days + 12 missing orders * 7
    }

    @Test
    void orderLinesCarryOrderAndCartPosition() {
        Map<String, Object> first = records(RecordKind.EVENT).stream()
                .filter(m -> "instacart-309518-48086".equals(m.get("event_id"))).findFirst().orElseThrow();
        assertThat(first).containsEntry("type", "purchase").containsEntry("user_id", "32099").containsEntry("item_id", "48086")
                .containsEntry("properties", Map.of("order_id", "309518", "add_to_cart_order", 1, "reordered", false));
    }

    private static Object timeOf(String orderId) {
        return records(RecordKind.EVENT).stream()
                .filter(m -> orderId.equals(((Map<?, ?>) m.get("properties")).get("order_id")))
                .map(m -> m.get("timestamp")).findFirst().orElseThrow();
    }
}

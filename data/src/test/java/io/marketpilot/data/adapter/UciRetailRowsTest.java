package io.marketpilot.data.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.data.cleaning.BotDetector;
import io.marketpilot.data.cleaning.BotPolicy;
import io.marketpilot.data.cleaning.CleanedEvents;
import io.marketpilot.data.cleaning.EventCleaner;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping rules on a hand-made export, one rule per line. */
class UciRetailRowsTest {
    @TempDir
    Path dir;

    private List<ImportRow> read(String... lines) throws IOException {
        Path file = Files.writeString(dir.resolve("retail.csv"),
                "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n" + String.join("\n", lines) + "\n");
        return SharedData.readAll("uci-online-retail", file);
    }

    private static List<Map<String, Object>> records(List<ImportRow> rows, RecordKind kind) {
        return rows.stream().filter(r -> r instanceof WireRecord w && w.kind() == kind).map(r -> ((WireRecord) r).fields()).toList();
    }

    @Test
    void repeatedLinesOfAnInvoiceAreNumberedAndCodesUpperCased() throws IOException {
        List<ImportRow> rows = read(
                "536365,47566b,TEA TIME PARTY BUNTING,1,2010-12-01 08:26:00,4.95,17850.0,United Kingdom",
                "536365,47566B,TEA TIME PARTY BUNTING,2,2010-12-01 08:26:00,4.95,17850.0,United Kingdom");

        assertThat(records(rows, RecordKind.EVENT)).extracting(m -> m.get("event_id"))
                .containsExactly("uci-536365-47566B-1", "uci-536365-47566B-2");
    }

    @Test
    void catalogueHasTheLatestPriceAndCustomersTheirCountry() throws IOException {
        List<ImportRow> rows = read(
                "536365,22752,\"SET 7 BABUSHKA NESTING BOXES, LARGE\",2,2010-12-01 08:26:00,7.65,17850.0,United Kingdom",
                "581587,22752,,1,2011-12-09 12:50:00,8.50,12680.0,France");

        assertThat(records(rows, RecordKind.ITEM)).singleElement().isEqualTo(Map.of("item_id", "22752",
                "title", "SET 7 BABUSHKA NESTING BOXES, LARGE", "price", new BigDecimal("8.50"), "currency", "GBP"));
        assertThat(records(rows, RecordKind.CUSTOMER)).extracting(m -> m.get("user_id"), m -> m.get("traits"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("17850", Map.of("country", "United Kingdom")),
                        org.assertj.core.groups.Tuple.tuple("12680", Map.of("country", "France")));
        assertThat(rows.get(rows.size() - 3).line()).as("an item points at the row of its latest price").isEqualTo(3);
    }

    @Test
    void ukLocalTimeAcrossTheClockChange() throws IOException {
        List<ImportRow> rows = read(
                "550001,22752,BOXES,1,2011-03-27 00:30:00,7.65,17850.0,United Kingdom",
                "550002,22752,BOXES,1,2011-03-27 02:30:00,7.65,17850.0,United Kingdom");

        assertThat(records(rows, RecordKind.EVENT)).extracting(m -> m.get("timestamp"))
                .containsExactly("2011-03-27T00:30:00Z", "2011-03-27T01:30:00Z");
    }

    @Test
    void contradictorySignsAreSkippedAndUnreadableValuesRejectedByTheCleaner() throws IOException {
        List<ImportRow> rows = read(
                "C536379,22752,BOXES,3,2010-12-01 09:41:00,7.65,14527.0,United Kingdom",
                "536380,22752,BOXES,-3,2010-12-01 09:41:00,7.65,14527.0,United Kingdom",
                "536381,22752,BOXES,three,2010-12-01 09:41:00,7.65,14527.0,United Kingdom",
                "536382,22752,BOXES,1,01/12/2010 09:41,7.65,14527.0,United Kingdom");

        assertThat(rows).filteredOn(SkippedRow.class::isInstance).extracting(r -> ((SkippedRow) r).reason())
                .containsExactly("cancellation with positive quantity", "negative quantity on a sale");
        CleanedEvents out = new EventCleaner(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .clean(records(rows, RecordKind.EVENT), new BotDetector(BotPolicy.DEFAULT));
        assertThat(out.rejections()).extracting(r -> r.errors().getFirst().field(), r -> r.errors().getFirst().found())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quantity", "\"three\""),
                        org.assertj.core.groups.Tuple.tuple("timestamp", "\"01/12/2010 09:41\""));
    }
}

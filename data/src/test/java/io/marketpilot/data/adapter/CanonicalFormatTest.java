package io.marketpilot.data.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
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

class CanonicalFormatTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<Map<String, Object>> events(Path path) {
        return SharedData.readAll("canonical", path).stream().map(r -> ((WireRecord) r).fields()).toList();
    }

    private static List<Event> cleaned(Path path) {
        CleanedEvents out = new EventCleaner(CLOCK).clean(events(path), new BotDetector(BotPolicy.DEFAULT));
        assertThat(out.rejections()).isEmpty();
        return out.accepted();
    }

    @Test
    void defaultsArePurchaseAndValueOne() throws IOException {
        Event e = cleaned(file("a.csv", "user_id,item_id,timestamp\nu17,sku-42,2011-03-01T10:15:00Z\n")).getFirst();

        assertThat(e.type()).isEqualTo(EventType.PURCHASE);
        assertThat(e.quantity()).isEqualTo(1);
        assertThat(e.properties()).isEqualTo(Map.of("value", 1L));
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2011-03-01T10:15:00Z"));
    }

    @Test
    void plainRowsStayPlainRecordsSoCleaningSkipsTheirText() throws IOException {
        List<Map<String, Object>> wire = events(file("p.csv", "user_id,item_id,timestamp,event_type,value,context.device\n"
                + "u1,i1,2011-03-01T10:15:00Z,view,1,web\n"
                + "u1,i1,2011-03-01T10:15:00Z,search,1,web app\n"));

        assertThat(wire.get(0)).isInstanceOf(io.marketpilot.data.source.PlainRecord.class);
        assertThat(wire.get(1)).isNotInstanceOf(io.marketpilot.data.source.PlainRecord.class);
    }

    @Test
    void valueIsQuantityWhenIntegralAndAlwaysKeptAsPropertyEpochSecondsAccepted() throws IOException {
        List<Event> events = cleaned(file("b.csv", "user_id,item_id,timestamp,event_type,value\n"
                + "u1,i1,1299000000,purchase,3\n"
                + "u1,i2,1299000001,review,4.5\n"
                + "u1,i3,1299000002,purchase,-2\n"));

        assertThat(events.get(0).quantity()).isEqualTo(3);
        assertThat(events.get(0).timestamp()).isEqualTo(Instant.ofEpochSecond(1_299_000_000));
        assertThat(events.get(1).quantity()).isEqualTo(1);
        assertThat(events.get(1).properties()).isEqualTo(Map.of("value", new BigDecimal("4.5"), "rating", new BigDecimal("4.5")));
        assertThat(events.get(2)).extracting(Event::type, Event::quantity).containsExactly(EventType.REFUND, 2);
    }

    @Test
    void reimportGivesTheSameIdsAndIdenticalRowsStayTwoEvents() throws IOException {
        String header = "user_id,item_id,timestamp,event_type,value\n";
        String row = "u1,i1,2011-03-01T10:15:00Z,purchase,1\n";
        String other = "u2,i1,2011-03-01T10:15:00Z,view,1\n";
        Path first = file("first.csv", header + row + other + row);
        Path reordered = file("reordered.csv", header + row + row + other);

        List<Object> ids = events(first).stream().map(m -> m.get("event_id")).toList();

        assertThat(ids).doesNotHaveDuplicates().hasSize(3);
        assertThat(ids.get(2)).isEqualTo(ids.get(0) + "-2");
        assertThat(events(first).stream().map(m -> m.get("event_id")).toList()).isEqualTo(ids);
        assertThat(events(reordered).stream().map(m -> m.get("event_id")).toList()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(cleaned(first)).hasSize(3);
    }

    @Test
    void extraColumnsPassThroughAndTheFilesOwnEventIdWins() throws IOException {
        Map<String, Object> wire = events(file("c.csv", "user_id,item_id,timestamp,price,currency,event_id,channel\n"
                + "u1,i1,2011-03-01T10:15:00Z,9.90,EUR,mine-1,web\n")).getFirst();

        assertThat(wire).containsEntry("event_id", "mine-1").containsEntry("price", "9.90").containsEntry("channel", "web");
    }

    @Test
    void badRowsAreProblemsOrRejectionsWithTheirLines() throws IOException {
        Path path = file("d.csv", "user_id,item_id,timestamp,event_type,value\n"
                + "u1,i1,2011-03-01T10:15:00Z,purchase\n"
                + "u1,i1,2011-03-01 10:15:00,purchase,1\n");
        List<ImportRow> rows = SharedData.readAll("canonical", path);

        assertThat(rows.get(0)).isEqualTo(new RowProblem("d.csv", 2, "expected 5 fields as in the header, found 4"));
        CleanedEvents out = new EventCleaner(CLOCK).clean(List.of(((WireRecord) rows.get(1)).fields()), new BotDetector(BotPolicy.DEFAULT));
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(out.rejections()).singleElement().satisfies(r -> assertThat(r.message()).startsWith("timestamp:"));
    }

    @Test
    void aDirectoryIsAllItsCsvFilesInNameOrder() throws IOException {
        file("2.csv", "user_id,item_id,timestamp\nu2,i1,2011-03-01T10:15:00Z\n");
        file("1.csv", "user_id,item_id,timestamp\nu1,i1,2011-03-01T10:15:00Z\n");
        file("notes.txt", "ignored");

        assertThat(SharedData.readAll("canonical", dir)).extracting(ImportRow::source).containsExactly("1.csv", "2.csv");
    }
}

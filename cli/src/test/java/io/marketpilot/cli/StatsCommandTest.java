package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.core.event.EventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void stats_json_has_stable_keys_every_event_type_and_the_time_range() throws Exception {
        Path csv = Files.writeString(dir.resolve("events.csv"), """
                event_id,type,user_id,item_id,timestamp,quantity,price,currency
                e1,view,u1,i1,2026-10-01T10:00:00Z,1,,
                e2,view,u2,i1,2026-10-02T10:00:00Z,1,,
                e3,purchase,u2,i1,2026-10-03T10:00:00Z,1,9.50,EUR
                """);
        String data = dir.resolve("data").toString();
        assertThat(CliResult.run("import", "events", csv.toString(), "--data-dir", data).code()).isZero();

        JsonNode s = ImportCommandTest.statsJson(data);

        assertThat(fieldNames(s)).containsExactly("events", "items", "customers");
        assertThat(fieldNames(s.get("events")))
                .containsExactly("total", "by_type", "actors", "bot_events", "first", "last");
        assertThat(fieldNames(s.at("/events/by_type")))
                .containsExactly(java.util.Arrays.stream(EventType.values()).map(EventType::wireName).toArray(String[]::new));
        assertThat(s.at("/events/total").asLong()).isEqualTo(3);
        assertThat(s.at("/events/by_type/view").asLong()).isEqualTo(2);
        assertThat(s.at("/events/by_type/purchase").asLong()).isEqualTo(1);
        assertThat(s.at("/events/by_type/refund").asLong()).isZero();
        assertThat(s.at("/events/actors").asLong()).isEqualTo(2);
        assertThat(s.at("/events/first").asText()).isEqualTo("2026-10-01T10:00:00Z");
        assertThat(s.at("/events/last").asText()).isEqualTo("2026-10-03T10:00:00Z");
        assertThat(s.get("items").isIntegralNumber()).isTrue();
        assertThat(s.get("customers").isIntegralNumber()).isTrue();
    }

    @Test
    void the_table_names_counts_and_range() throws Exception {
        Path csv = Files.writeString(dir.resolve("events.csv"), """
                event_id,type,user_id,item_id,timestamp
                e1,view,u1,i1,2026-10-01T10:00:00Z
                """);
        String data = dir.resolve("data").toString();
        assertThat(CliResult.run("import", "events", csv.toString(), "--data-dir", data).code()).isZero();

        CliResult r = CliResult.run("stats", "--data-dir", data);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("events +1").containsPattern("view +1").contains("2026-10-01T10:00:00Z");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.automation.coupon.CouponId;
import io.marketpilot.automation.coupon.IssueOutcome;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    /** Lines 3 and 5 are invalid (line 1 is the header): an unknown type and a timestamp without a date. */
    static final String EVENTS_CSV = """
            event_id,type,user_id,item_id,timestamp,quantity,price,currency
            e1,view,u1,i1,2026-10-01T10:00:00Z,1,,
            e2,teleport,u1,i1,2026-10-01T10:01:00Z,1,,
            e3,purchase,u2,i2,2026-10-01T10:02:00Z,2,19.90,EUR
            e4,view,u2,i3,yesterday,1,,
            e5,add_to_cart,u3,i1,2026-10-01T10:04:00Z,1,,
            """;

    @TempDir
    Path dir;

    @Test
    void invalid_rows_abort_the_import_list_every_bad_row_and_write_nothing() throws Exception {
        Path csv = Files.writeString(dir.resolve("events.csv"), EVENTS_CSV);
        String data = dir.resolve("data").toString();

        CliResult r = CliResult.run("import", "events", csv.toString(), "--data-dir", data);

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("2 invalid row(s)")
                .containsPattern("line 3, type: expected .*found \"teleport\"")
                .containsPattern("line 5, timestamp: expected .*\"yesterday\"")
                .contains("nothing was written; fix the rows or use --skip-invalid");
        JsonNode stats = statsJson(data);
        assertThat(stats.at("/events/total").asLong()).isZero();
    }

    @Test
    void a_coupon_code_on_an_imported_purchase_is_redeemed_once() throws Exception {
        Path data = dir.resolve("data");
        String code;
        try (Engine engine = Engine.open(EngineConfig.at(data), Clock.systemUTC())) {
            engine.coupons().coupons().define(Map.of("id", "welcome-10", "discount",
                    Map.of("type", "amount", "amount", 10), "currency", "EUR",
                    "valid_from", "2026-01-01T00:00:00Z", "valid_until", "2027-01-01T00:00:00Z"));
            code = ((IssueOutcome.Issued) engine.coupons().issue(new CouponId("welcome-10"), UserId.of("u2")))
                    .coupon().code().display();
        }
        Path jsonl = Files.writeString(dir.resolve("orders.jsonl"), "{\"event_id\": \"p1\", \"type\": \"purchase\","
                + " \"user_id\": \"u2\", \"item_id\": \"i2\", \"price\": 25, \"currency\": \"EUR\","
                + " \"timestamp\": \"2026-10-01T10:02:00Z\", \"properties\": {\"coupon_code\": \"" + code + "\"}}\n");

        CliResult first = CliResult.run("import", "events", jsonl.toString(), "--data-dir", data.toString());
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).containsPattern("coupons redeemed +1");
        CliResult again = CliResult.run("import", "events", jsonl.toString(), "--data-dir", data.toString());
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).containsPattern("duplicates +1").doesNotContain("coupons redeemed");
    }

    @Test
    void skip_invalid_imports_the_valid_rows_and_writes_the_rejects_beside_the_input() throws Exception {
        Path csv = Files.writeString(dir.resolve("events.csv"), EVENTS_CSV);
        String data = dir.resolve("data").toString();

        CliResult r = CliResult.run("import", "events", csv.toString(), "--skip-invalid", "--data-dir", data);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("events accepted +3").contains("skipped 2 invalid row(s); they are in ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("events") && name.contains("reject"));
        }
        String rejectsFile = r.out().substring(r.out().indexOf("they are in ") + "they are in ".length()).strip();
        assertThat(Path.of(rejectsFile)).exists().hasParent(dir);
        assertThat(statsJson(data).at("/events/total").asLong()).isEqualTo(3);
    }

    @Test
    void importing_the_same_file_twice_counts_duplicates() throws Exception {
        Path csv = Files.writeString(dir.resolve("ok.csv"), EVENTS_CSV.lines()
                .filter(l -> !l.contains("teleport") && !l.contains("yesterday")).reduce("", (a, b) -> a + b + "\n"));
        String data = dir.resolve("data").toString();

        assertThat(CliResult.run("import", "events", csv.toString(), "--data-dir", data).code()).isZero();
        CliResult again = CliResult.run("import", "events", csv.toString(), "--data-dir", data);

        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).containsPattern("duplicates +3");
        assertThat(statsJson(data).at("/events/total").asLong()).isEqualTo(3);
    }

    static JsonNode statsJson(String dataDir) throws Exception {
        CliResult stats = CliResult.run("stats", "--json", "--data-dir", dataDir);
        assertThat(stats.code()).as(stats.toString()).isZero();
        return new ObjectMapper().readTree(stats.out());
    }
}

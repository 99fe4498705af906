package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code profile CUSTOMER_ID} and {@code segments discover} (tested directly until the segments group registers it). */
class ProfileCommandTest {
    @TempDir
    Path dir;

    /** 30 buyers: every third a frequent big spender, the others one-off small buyers. */
    private String importShop() throws Exception {
        StringBuilder csv = new StringBuilder("event_id,type,user_id,item_id,timestamp,quantity,price,currency\n");
        for (int u = 0; u < 30; u++) {
            int orders = u % 3 == 0 ? 8 : 1;
            for (int o = 0; o < orders; o++) {
                csv.append("e%d-%d,purchase,u%d,i%d,2026-%02d-%02dT10:00:00Z,1,%s,EUR%n".formatted(u, o, u, o % 4,
                        1 + o, 1 + u % 27, u % 3 == 0 ? "90.00" : "9.00"));
            }
        }
        Path file = Files.writeString(dir.resolve("events.csv"), csv);
        String data = dir.resolve("data").toString();
        assertThat(CliResult.run("import", "events", file.toString(), "--data-dir", data).code()).isZero();
        return data;
    }

    @Test
    void profile_prints_the_customers_json() throws Exception {
        String data = importShop();
        CliResult r = CliResult.run("profile", "u0", "--data-dir", data);
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode p = new ObjectMapper().readTree(r.out());
        assertThat(p.get("user_id").asText()).isEqualTo("u0");
        assertThat(p.get("orders").asInt()).isEqualTo(8);
        assertThat(p.at("/attributes/rfm_segment").isTextual()).isTrue();
        assertThat(p.at("/attributes/average_order_value").asDouble()).isEqualTo(90.0);

        CliResult missing = CliResult.run("profile", "nobody", "--data-dir", data);
        assertThat(missing.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).contains("nobody");
    }

    @Test
    void discover_proposes_described_segments() throws Exception {
        String data = importShop();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new SegmentsDiscoverCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("--k", "2", "--json", "--data-dir", data);
        assertThat(code).as(err.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("buyers").asInt()).isEqualTo(30);
        assertThat(j.get("clusters")).hasSize(2);
        assertThat(j.at("/clusters/0/size").asInt()).isEqualTo(20);
        assertThat(j.at("/clusters/1/description").asText()).contains("high");
        assertThat(j.at("/clusters/1/ranges/orders/min").asDouble()).isEqualTo(8.0);

        int bad = new CommandLine(new SegmentsDiscoverCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("--k", "1", "--data-dir", data);
        assertThat(bad).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void discover_saves_a_cluster_as_a_rule_based_segment() throws Exception {
        String data = importShop();
        CliResult saved = CliResult.run("segments", "discover", "--k", "2", "--save", "1", "--as", "heavy-buyers",
                "--data-dir", data);
        assertThat(saved.code()).as(saved.toString()).isZero();
        assertThat(saved.out()).contains("saved cluster #1 as segment heavy-buyers");

        CliResult list = CliResult.run("segments", "list", "--data-dir", data);
        assertThat(list.out()).contains("heavy-buyers");

        CliResult half = CliResult.run("segments", "discover", "--k", "2", "--save", "1", "--data-dir", data);
        assertThat(half.code()).isEqualTo(ExitCodes.USAGE);
    }
}

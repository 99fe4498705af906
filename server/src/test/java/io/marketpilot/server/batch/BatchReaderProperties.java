package io.marketpilot.server.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.server.json.WireJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** A batch reads the same however it is framed, and a broken NDJSON line costs exactly that line. */
class BatchReaderProperties {
    private final ObjectMapper mapper = WireJson.mapper();
    private final BatchReader reader = new BatchReader(mapper, 50, "records");

    @Property(tries = 200)
    void array_and_ndjson_framing_read_the_same_records(@ForAll("records") @Size(max = 50) List<Map<String, Object>> records)
            throws Exception {
        Batch array = reader.read("application/json", mapper.writeValueAsBytes(records));
        Batch lines = reader.read("application/x-ndjson", ndjson(records, List.of()).getBytes(StandardCharsets.UTF_8));

        assertThat(array.records()).isEqualTo(records);
        assertThat(lines.records()).isEqualTo(array.records());
        assertThat(lines.unreadable()).isEmpty();
    }

    @Property(tries = 200)
    void broken_lines_are_rejected_at_their_index_and_the_rest_survive(
            @ForAll("records") @Size(min = 1, max = 50) List<Map<String, Object>> records,
            @ForAll @Size(max = 50) List<Boolean> broken) throws Exception {
        List<Integer> brokenIndexes = new ArrayList<>();
        List<Map<String, Object>> intact = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (i < broken.size() && broken.get(i)) {
                brokenIndexes.add(i);
            } else {
                intact.add(records.get(i));
            }
        }

        Batch batch = reader.read("application/x-ndjson", ndjson(records, brokenIndexes).getBytes(StandardCharsets.UTF_8));

        assertThat(batch.records()).isEqualTo(intact);
        assertThat(batch.unreadable()).extracting(Batch.RecordErrors::index).isEqualTo(brokenIndexes);
        assertThat(batch.rejections(List.of())).extracting(Batch.RecordErrors::line)
                .isEqualTo(brokenIndexes.stream().map(i -> i + 1).toList());
    }

    private String ndjson(List<Map<String, Object>> records, List<Integer> broken) throws Exception {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < records.size(); i++) {
            String line = mapper.writeValueAsString(records.get(i));
            out.append(broken.contains(i) ? line.substring(0, line.length() - 1) + ",}" : line).append('\n');
        }
        return out.toString();
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> records() {
        Arbitrary<Object> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.integers().map(n -> (Object) n),
                Arbitraries.of(true, false).map(b -> (Object) b));
        Arbitrary<Map<String, Object>> record = Arbitraries.maps(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), values).ofMaxSize(5);
        return record.list();
    }
}

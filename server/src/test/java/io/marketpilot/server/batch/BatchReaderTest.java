package io.marketpilot.server.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.engine.ingest.IngestResult;
import io.marketpilot.server.json.WireJson;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.problem.ProblemType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchReaderTest {
    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";

    private final BatchReader reader = new BatchReader(WireJson.mapper(), 3, "events");

    private Batch read(String contentType, String body) throws IOException {
        return reader.read(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_json_array_of_objects_is_read_in_order() throws IOException {
        Batch batch = read(JSON, "[{\"type\":\"view\"}, {\"type\":\"click\", \"price\": 12.50}]");

        assertThat(batch.records()).extracting(r -> r.get("type")).containsExactly("view", "click");
        assertThat(batch.records().get(1).get("price")).isEqualTo(new BigDecimal("12.50"));
        assertThat(batch.unreadable()).isEmpty();
        assertThat(batch.size()).isEqualTo(2);
    }

    @Test
    void ndjson_with_a_malformed_line_rejects_only_that_line() throws IOException {
        Batch batch = read(NDJSON, "{\"n\":0}\n{\"n\": oops}\r\n\n{\"n\":2}\n");

        assertThat(batch.records()).extracting(r -> r.get("n")).containsExactly(0, 2);
        assertThat(batch.unreadable()).singleElement().satisfies(bad -> {
            assertThat(bad.index()).isEqualTo(1);
            assertThat(bad.line()).isEqualTo(2);
            assertThat(bad.errors()).singleElement().satisfies(e -> {
                assertThat(e.pointer()).isEqualTo("/1");
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.column()).isNotNull();
                assertThat(e.detail()).startsWith("line 2, column");
            });
        });
    }

    @Test
    void an_ndjson_line_that_is_not_an_object_is_rejected() throws IOException {
        Batch batch = read(NDJSON, "[1]\n");   // a leading '[' is read as a JSON array instead

        assertThat(batch.unreadable()).singleElement().satisfies(bad ->
                assertThat(bad.errors().get(0).found()).isEqualTo("a number"));

        Batch lines = read(NDJSON, "{\"a\":1}\n\"text\"\n{\"b\":1} {\"c\":1}");
        assertThat(lines.records()).hasSize(1);
        assertThat(lines.unreadable()).extracting(Batch.RecordErrors::index).containsExactly(1, 2);
        assertThat(lines.unreadable().get(0).errors().get(0).found()).isEqualTo("a string");
        assertThat(lines.unreadable().get(1).errors().get(0).found()).isEqualTo("more after the object");
    }

    @Test
    void array_elements_that_are_not_objects_are_rejected_with_their_index() throws IOException {
        Batch batch = read(JSON, "[{\"a\":1}, null, [2, {}]]");

        assertThat(batch.records()).hasSize(1);
        assertThat(batch.unreadable()).extracting(Batch.RecordErrors::index).containsExactly(1, 2);
        assertThat(batch.unreadable().get(0).line()).isNull();
        assertThat(batch.unreadable().get(0).errors().get(0).pointer()).isEqualTo("/1");
        assertThat(batch.unreadable().get(0).errors().get(0).found()).isEqualTo("null");
        assertThat(batch.unreadable().get(1).errors().get(0).found()).isEqualTo("an array");
    }

    @Test
    void more_records_than_the_limit_is_a_413_for_arrays_and_ndjson() {
        assertThatThrownBy(() -> read(JSON, "[{},{},{},{}]"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.type()).isEqualTo(ProblemType.BATCH_TOO_LARGE);
                    assertThat(p.detail()).contains("at most 3 events").contains("split the batch");
                });
        assertThatThrownBy(() -> read(NDJSON, "{}\n{}\n{}\n{}\n"))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.type()).isEqualTo(ProblemType.BATCH_TOO_LARGE));
    }

    @Test
    void exactly_the_limit_is_fine() throws IOException {
        assertThat(read(JSON, "[{},{},{}]").size()).isEqualTo(3);
        assertThat(read(NDJSON, "{}\n\n{}\n{}").size()).isEqualTo(3);
    }

    @Test
    void a_malformed_array_is_jacksons_exception_for_the_mapper() {
        assertThatThrownBy(() -> read(JSON, "[{\"a\": 1,}]")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read(JSON, "[{\"a\": 1}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read(JSON, "[{}] trailing")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void media_types_decide_the_framing() throws IOException {
        assertThatThrownBy(() -> read("application/x-www-form-urlencoded", "[{}]"))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.type()).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE));
        assertThatThrownBy(() -> read(JSON, "{\"a\":1}"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.type()).isEqualTo(ProblemType.INVALID_REQUEST);
                    assertThat(p.detail()).contains("application/x-ndjson");
                });
        assertThat(read(null, "{\"a\":1}\n{\"a\":2}").records()).hasSize(2);
        assertThat(read("application/x-ndjson; charset=utf-8", "[{\"a\":1}]").records()).hasSize(1);
        assertThat(read("application/json; charset=UTF-8", "\uFEFF [{\"a\":1}]").records()).hasSize(1);
    }

    @Test
    void an_empty_body_is_a_400_unless_it_is_ndjson_of_zero_lines() throws IOException {
        assertThatThrownBy(() -> read(JSON, "  \n"))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.type()).isEqualTo(ProblemType.INVALID_REQUEST));
        assertThatThrownBy(() -> read(null, ""))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.type()).isEqualTo(ProblemType.INVALID_REQUEST));
        assertThat(read(NDJSON, "\n\n").size()).isZero();
    }

    @Test
    void engine_rejections_are_mapped_back_to_request_positions() throws IOException {
        Batch batch = read(NDJSON, "{\"n\":0}\nnot json\n{\"n\":2}");
        // the engine saw [n0, n2]; it rejects its index 1, which is request index 2 on line 3
        var engine = List.of(new IngestResult.Rejection(1, List.of(new FieldError("timestamp", "an instant", "nothing"))));

        List<Batch.RecordErrors> all = batch.rejections(engine);

        assertThat(all).extracting(Batch.RecordErrors::index).containsExactly(1, 2);
        assertThat(all.get(1).line()).isEqualTo(3);
        assertThat(all.get(1).errors().get(0).pointer()).isEqualTo("/2/timestamp");
        assertThat(batch.records()).extracting(r -> r.get("n")).containsExactly(0, 2);
        assertThat(batch.records().get(0)).isEqualTo(Map.of("n", 0));
    }
}

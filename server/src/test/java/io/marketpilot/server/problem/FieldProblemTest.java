package io.marketpilot.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldProblemTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "timestamp, /timestamp",
        "context.geo, /context/geo",
        "category[2], /category/2",
        "titles.en, /titles/en",
        "consent.email, /consent/email",
        "a/b, /a~1b",
        "x~y, /x~0y",
        "tags[0].name, /tags/0/name",
    })
    void core_field_paths_become_json_pointers(String field, String pointer) {
        assertThat(FieldProblem.pointer(field)).isEqualTo(pointer);
    }

    @Test
    void a_record_error_points_into_the_batch() {
        FieldError error = new FieldError("timestamp", "an ISO-8601 instant with zone", "\"yesterday\"");

        FieldProblem problem = FieldProblem.of(error, "/3");

        assertThat(problem.pointer()).isEqualTo("/3/timestamp");
        assertThat(problem.expected()).isEqualTo("an ISO-8601 instant with zone");
        assertThat(problem.found()).isEqualTo("\"yesterday\"");
        assertThat(problem.detail()).isEqualTo(error.message());
    }

    @Test
    void problem_types_have_stable_urns_and_statuses() {
        assertThat(ProblemType.BATCH_TOO_LARGE.uri()).isEqualTo("urn:marketpilot:problem:batch-too-large");
        assertThat(ProblemType.BATCH_TOO_LARGE.status()).isEqualTo(413);
        assertThat(ProblemType.forStatus(405)).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL);
    }
}

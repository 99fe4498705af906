package io.marketpilot.server.route;

import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.marketpilot.server.problem.ProblemType;
import java.util.Arrays;

/** Schemas every resource shares: problem documents and per-record errors of bulk requests. */
public final class CommonSchemas {
    private CommonSchemas() {}

    public static final Schema FIELD_PROBLEM = Schema.named("FieldProblem", object(
            "One offending spot: a JSON Pointer into the body, or a query/path parameter name.", required("detail"),
            "pointer", string("RFC 6901 JSON Pointer into the request body, e.g. /3/timestamp"),
            "parameter", string("name of the offending query or path parameter"),
            "expected", string("what was expected"),
            "found", string("what was found"),
            "detail", string("one readable sentence"),
            "line", integer("1-based line (malformed JSON and NDJSON)"),
            "column", integer("1-based column (malformed JSON)")));

    public static final Schema PROBLEM = Schema.named("Problem", object(
            "RFC 9457 problem details, sent as application/problem+json for every error.",
            required("type", "title", "status"),
            "type", JsonSchema.oneOf("stable problem type URI", Arrays.stream(ProblemType.values())
                    .map(ProblemType::uri).toArray(String[]::new)),
            "title", string("short summary, the same for every occurrence of the type"),
            "status", integer("the HTTP status code"),
            "detail", string("what went wrong this time and how to fix it"),
            "instance", string("the request path"),
            "request_id", string("the X-Request-Id of the request, to quote when reporting"),
            "errors", array(ref(FIELD_PROBLEM), "field-level problems")), FIELD_PROBLEM);

    public static final Schema RECORD_ERRORS = Schema.named("RecordErrors", object(
            "Why one record of a bulk request was rejected.", required("index", "errors"),
            "index", integer("0-based position of the record in the request (array element or non-blank NDJSON line)"),
            "line", integer("1-based line of the record (NDJSON only)"),
            "errors", array(ref(FIELD_PROBLEM), "the record's problems; pointers are relative to the whole body")),
            FIELD_PROBLEM);
}

package io.marketpilot.server.openapi;

/** The prose at the top of the OpenAPI document: the conventions every route shares. */
final class ApiDescription {
    private ApiDescription() {}

    static final String TEXT = """
            MarketPilot's REST API.

            Authentication: send an API key as `Authorization: Bearer <key>` or `X-API-Key: <key>`. Roles are \
            ordered admin > ingest > read; each includes the rights of the ones after it. `/health` and \
            `/openapi.json` are public.

            Errors: every error is RFC 9457 `application/problem+json` with `type`, `title`, `status`, `detail`, \
            `instance`, `request_id` and, for field-level problems, `errors[]` whose `pointer` is a JSON Pointer \
            into the request body (e.g. `/3/timestamp`) or whose `parameter` names a query/path parameter.

            Bulk writes (POST /v1/events, PUT /v1/items, PUT /v1/customers) take a JSON array or NDJSON \
            (`application/x-ndjson`). They answer 200 whenever the body could be read, with counts and one \
            `errors[]` entry per rejected record (index in the request, field problems); records are validated \
            one by one and the valid ones are written. The answer is sent after the data is durable.

            Wire format: snake_case names; instants are ISO-8601 UTC strings (`2026-03-01T10:15:00Z`); prices \
            are JSON numbers read exactly as decimals (strings such as "12.50" are accepted too) and written in \
            plain notation; unknown fields of events, items and customers are kept and returned at top level.
            """;
}

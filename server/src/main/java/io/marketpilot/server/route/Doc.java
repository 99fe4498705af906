package io.marketpilot.server.route;

import java.util.List;

/**
 * What the OpenAPI document says about one route. {@code body} is null for routes without a request body;
 * {@code response} is null for answers without a body (204) and for non-JSON answers, whose media type is
 * {@code responseType}. {@code mayNotFind} adds a 404 answer.
 */
public record Doc(String operationId, String tag, String summary, String description, List<PathParam> pathParams,
                  List<QueryParam> queryParams, Body body, int status, String responseDescription,
                  String responseType, Schema response, boolean mayNotFind) {
    public Doc {
        pathParams = List.copyOf(pathParams);
        queryParams = List.copyOf(queryParams);
    }

    /**
     * A request body. A batch body is a JSON array of {@code record} (or NDJSON lines of it) of at most
     * {@code maxRecords}; otherwise the body is one {@code record} object ({@code maxRecords} = 1).
     */
    public record Body(Schema record, boolean batch, int maxRecords, String description) {}
}

package io.marketpilot.server.route;

import java.util.Map;

/** A documented query parameter: its name, description, and JSON schema for the OpenAPI document. */
public sealed interface QueryParam permits IntParam, TextParam {
    String name();

    String description();

    /** The parameter's schema (OpenAPI), e.g. {@code {type: integer, minimum: 1}}. */
    Map<String, Object> schema();
}

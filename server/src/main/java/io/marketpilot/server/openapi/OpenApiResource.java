package io.marketpilot.server.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.marketpilot.server.route.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code GET /openapi.json} (public): the document of every route, this one included, rendered once. */
public final class OpenApiResource {
    private final Route route;
    private final List<Route> all;
    private final Map<String, Object> document;
    private final byte[] json;

    /** {@code others} are every other registered route. */
    public OpenApiResource(List<Route> others, ObjectMapper mapper) throws JsonProcessingException {
        this.route = Route.get("/openapi.json")
                .summary("openapi", "operations", "This API's OpenAPI 3.1 document")
                .returnsText("application/json", "the OpenAPI document")
                .handle(this::serve);
        List<Route> routes = new ArrayList<>(others);
        routes.add(route);
        this.all = List.copyOf(routes);
        this.document = OpenApiDocument.build(all);
        this.json = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    /** Every route: the ones given plus {@code /openapi.json} itself; this is what the server registers. */
    public List<Route> routes() {
        return all;
    }

    /** The document as a JSON tree (e.g. to write it to a file without starting a server). */
    public Map<String, Object> document() {
        return document;
    }

    private void serve(Context ctx) {
        ctx.contentType("application/json").result(json);
    }
}

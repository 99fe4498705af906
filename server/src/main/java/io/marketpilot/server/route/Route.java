package io.marketpilot.server.route;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.marketpilot.core.access.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One registered endpoint: method, path template ({@code /v1/items/{id}}), the role a caller needs (null =
 * public), the handler, and its documentation. Build with {@link #get}, {@link #post}, {@link #put},
 * {@link #delete}; {@link Builder#handle} checks that every path parameter is documented.
 */
public record Route(HandlerType method, String path, Role role, Handler handler, Doc doc) {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(doc, "doc");
    }

    public boolean isPublic() {
        return role == null;
    }

    public static Builder get(String path) {
        return new Builder(HandlerType.GET, path);
    }

    public static Builder post(String path) {
        return new Builder(HandlerType.POST, path);
    }

    public static Builder put(String path) {
        return new Builder(HandlerType.PUT, path);
    }

    public static Builder delete(String path) {
        return new Builder(HandlerType.DELETE, path);
    }

    /** Collects one route's documentation; ends with {@link #handle}. */
    public static final class Builder {
        private final HandlerType method;
        private final String path;
        private Role role;
        private String operationId;
        private String tag;
        private String summary;
        private String description = "";
        private final List<PathParam> pathParams = new ArrayList<>();
        private final List<QueryParam> queryParams = new ArrayList<>();
        private Doc.Body body;
        private int status = 200;
        private String responseDescription = "OK";
        private String responseType = "application/json";
        private Schema response;
        private boolean mayNotFind;

        private Builder(HandlerType method, String path) {
            this.method = method;
            this.path = path;
        }

        public Builder requires(Role required) {
            this.role = Objects.requireNonNull(required, "role");
            return this;
        }

        public Builder summary(String operationId, String tag, String summary) {
            this.operationId = operationId;
            this.tag = tag;
            this.summary = summary;
            return this;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder path(PathParam param) {
            pathParams.add(param);
            return this;
        }

        public Builder query(QueryParam... params) {
            queryParams.addAll(List.of(params));
            return this;
        }

        public Builder batchBody(Schema record, int maxRecords, String text) {
            this.body = new Doc.Body(record, true, maxRecords, text);
            return this;
        }

        public Builder jsonBody(Schema record, String text) {
            this.body = new Doc.Body(record, false, 1, text);
            return this;
        }

        public Builder returns(int httpStatus, Schema schema, String text) {
            this.status = httpStatus;
            this.response = schema;
            this.responseDescription = text;
            return this;
        }

        public Builder returnsNothing(int httpStatus, String text) {
            return returns(httpStatus, null, text);
        }

        public Builder returnsText(String mediaType, String text) {
            this.responseType = mediaType;
            return returns(200, null, text);
        }

        /** The path names something that may not exist: the route can answer 404. */
        public Builder mayNotFind() {
            this.mayNotFind = true;
            return this;
        }

        public Route handle(Handler handler) {
            Objects.requireNonNull(operationId, "summary(...) is required: " + path);
            Matcher m = PATH_PARAM.matcher(path);
            while (m.find()) {
                String name = m.group(1);
                if (pathParams.stream().noneMatch(p -> p.name().equals(name))) {
                    throw new IllegalStateException(method + " " + path + ": path parameter {" + name + "} is not documented");
                }
            }
            Doc doc = new Doc(operationId, tag, summary, description, pathParams, queryParams, body, status,
                    responseDescription, responseType, response, mayNotFind);
            return new Route(method, path, role, handler, doc);
        }
    }
}

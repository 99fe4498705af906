package io.marketpilot.cli;

import java.util.List;
import java.util.Map;

/** The REST routes the CLI calls or shows in examples; kept in one place so they follow the server. */
final class ApiRoutes {
    static final String EVENTS = "/v1/events";

    private ApiRoutes() {}

    static String customer(String userId) {
        return "/v1/customers/" + ApiClient.segment(userId);
    }

    static String customerJourneys(String userId) {
        return "/v1/customers/" + ApiClient.segment(userId) + "/journeys";
    }

    static String recommendations(String userId, int n) {
        return "/v1/recommendations/" + ApiClient.segment(userId) + "?n=" + n;
    }

    /** The body of {@code POST /v1/events}: a JSON array of wire events. */
    static Object eventBatch(List<Map<String, Object>> events) {
        return events;
    }

    /**
     * How many events of a {@code POST /v1/events} answer are stored, new or already there; -1 when the answer is
     * not a success or rejected any event.
     */
    static long acknowledged(ApiClient.Response r) {
        if (!r.ok() || !r.json().has("accepted") || r.json().path("rejected").asLong() != 0) {
            return -1;
        }
        return r.json().path("accepted").asLong() + r.json().path("duplicates").asLong();
    }
}

package io.marketpilot.cli;

import io.marketpilot.cli.DemoShopFiles.SampleIds;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The demo's self-check over real HTTP: post an event, read the customer, get recommendations. */
final class DemoSmoke {
    private final ApiClient client;
    private final Clock clock;

    DemoSmoke(ApiClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** What each call answered; throws {@link IllegalStateException} naming the first call that failed. */
    Map<String, Object> check(SampleIds ids) {
        try {
            Map<String, Object> checks = new LinkedHashMap<>();
            ApiClient.Response posted = client.post(ApiRoutes.EVENTS, ApiRoutes.eventBatch(List.of(event(ids))));
            require("POST " + ApiRoutes.EVENTS, posted);
            checks.put("post_event", posted.status());

            ApiClient.Response customer = client.get(ApiRoutes.customer(ids.user()));
            require("GET " + ApiRoutes.customer(ids.user()), customer);
            checks.put("get_customer", customer.status());

            String recsPath = ApiRoutes.recommendations(ids.user(), 10);
            ApiClient.Response recs = client.get(recsPath);
            require("GET " + recsPath, recs);
            int count = recommendationCount(recs);
            if (count == 0) {
                throw new IllegalStateException("GET " + recsPath + " returned no recommendations: " + recs.body());
            }
            checks.put("get_recommendations", recs.status());
            checks.put("recommendations", count);
            return checks;
        } catch (IOException e) {
            throw new IllegalStateException("calling the API failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Map<String, Object> event(SampleIds ids) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event_id", "demo-smoke-" + UUID.randomUUID());
        e.put("type", "view");
        e.put("user_id", ids.user());
        e.put("item_id", ids.item());
        e.put("timestamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        e.put("context", Map.of("channel", "web"));
        return e;
    }

    static int recommendationCount(ApiClient.Response r) {
        if (r.json().isArray()) {
            return r.json().size();
        }
        for (String field : List.of("items", "recommendations", "data")) {
            if (r.json().path(field).isArray()) {
                return r.json().path(field).size();
            }
        }
        return 0;
    }

    private static void require(String call, ApiClient.Response r) {
        if (!r.ok()) {
            String body = r.body().length() > 500 ? r.body().substring(0, 500) + "…" : r.body();
            throw new IllegalStateException(call + " answered " + r.status() + ": " + body);
        }
    }
}

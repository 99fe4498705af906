package io.marketpilot.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.batch.BatchReader;
import io.marketpilot.server.catalog.ItemsResource;
import io.marketpilot.server.channels.ChannelsResource;
import io.marketpilot.server.coupons.CouponsResource;
import io.marketpilot.server.customers.CustomersResource;
import io.marketpilot.server.events.EventHistoryResource;
import io.marketpilot.server.events.EventsResource;
import io.marketpilot.server.experiments.ExperimentsResource;
import io.marketpilot.server.health.HealthResource;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.journeys.CustomerJourneysResource;
import io.marketpilot.server.journeys.JourneyMigrationResource;
import io.marketpilot.server.journeys.JourneysResource;
import io.marketpilot.server.keys.KeysResource;
import io.marketpilot.server.metrics.ServerMetrics;
import io.marketpilot.server.openapi.OpenApiResource;
import io.marketpilot.server.models.ModelsResource;
import io.marketpilot.server.profiles.ProfileResource;
import io.marketpilot.server.profiles.UnmergeResource;
import io.marketpilot.server.recommendations.RecommendationsResource;
import io.marketpilot.server.reviews.ItemInsightsResource;
import io.marketpilot.server.reviews.ReviewsResource;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.segments.SegmentsResource;
import io.marketpilot.server.stats.StatsResource;
import io.marketpilot.server.tracking.TrackingResource;
import io.marketpilot.server.uplift.UpliftResource;
import io.marketpilot.server.text.TextResource;
import io.marketpilot.server.assistant.AssistantResource;
import io.marketpilot.server.faq.FaqResource;
import io.marketpilot.server.copy.CopyResource;
import java.util.ArrayList;
import java.util.List;

/**
 * The route table: the one place that lists the resources. The server registers exactly
 * {@code table(...).routes()}, and the OpenAPI document is built from that same list.
 */
final class ApiRoutes {
    private ApiRoutes() {}

    static OpenApiResource table(Engine engine, ServerConfig config, ObjectMapper mapper, ServerMetrics metrics)
            throws JsonProcessingException {
        int max = config.maxBatch();
        List<Route> routes = new ArrayList<>();
        routes.add(new HealthResource().route());
        routes.add(new EventsResource(engine, new BatchReader(mapper, max, "events"), metrics).route());
        routes.addAll(new ItemsResource(engine, new BatchReader(mapper, max, "items"), metrics).routes());
        routes.addAll(new CustomersResource(engine, new BatchReader(mapper, max, "customers"), metrics).routes());
        routes.add(new EventHistoryResource(engine).route());
        routes.add(new ProfileResource(engine).route());
        routes.add(new UnmergeResource(engine).route());
        routes.addAll(new RecommendationsResource(engine).routes());
        routes.addAll(new ModelsResource(engine).routes());
        routes.addAll(new SegmentsResource(engine, new JsonBody(mapper)).routes());
        routes.add(new StatsResource(engine).route());
        routes.add(new ReviewsResource(engine, new BatchReader(mapper, max, "reviews")).route());
        routes.add(new ItemInsightsResource(engine).route());
        routes.addAll(new KeysResource(engine, new JsonBody(mapper)).routes());
        routes.addAll(new ExperimentsResource(engine, new JsonBody(mapper)).routes());
        routes.addAll(new CouponsResource(engine, new JsonBody(mapper)).routes());
        routes.addAll(new ChannelsResource(engine, new JsonBody(mapper)).routes());
        routes.addAll(new JourneysResource(engine, new JsonBody(mapper)).routes());
        routes.add(new CustomerJourneysResource(engine).route());
        routes.add(new JourneyMigrationResource(engine, new JsonBody(mapper)).route());
        routes.addAll(new TrackingResource(engine).routes());
        routes.addAll(new UpliftResource(engine, new JsonBody(mapper)).routes());
        routes.addAll(new TextResource(engine, new JsonBody(mapper)).routes());
        routes.addAll(new AssistantResource(engine, new JsonBody(mapper)).routes());
        routes.addAll(new FaqResource(engine, new JsonBody(mapper)).routes());
        routes.addAll(new CopyResource(engine, new JsonBody(mapper)).routes());
        routes.add(metrics.route());
        return new OpenApiResource(routes, mapper);
    }
}

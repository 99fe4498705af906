package io.marketpilot.server.journeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP endpoint on a loopback port that keeps every webhook body it receives and answers 204. */
final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One received POST: its signature header, its idempotency key, its body as sent and as JSON. */
    record Received(String signature, String idempotencyKey, String raw, JsonNode body) {
        String customer() {
            return body.path("customer").asText();
        }

        String template() {
            return body.path("template").asText();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            try (exchange) {
                String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(exchange.getRequestHeaders().getFirst("X-MarketPilot-Signature"),
                        exchange.getRequestHeaders().getFirst("Idempotency-Key"), raw, JSON.readTree(raw)));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> to(String customer) {
        return received.stream().filter(r -> r.customer().equals(customer)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

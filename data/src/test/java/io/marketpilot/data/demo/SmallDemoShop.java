package io.marketpilot.data.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small demo shop (200 items, 300 customers, 20,000 events) generated once per test JVM into
 * {@code target/}, with its files parsed, shared by the specification tests.
 */
final class SmallDemoShop {

    static final DemoShopConfig CONFIG =
            new DemoShopConfig(7, 200, 300, 20_000, 90, Instant.parse("2026-11-01T00:00:00Z"));
    static final ObjectMapper JSON = new ObjectMapper();

    private static SmallDemoShop instance;

    final DemoShop shop;
    final List<JsonNode> items;
    final List<JsonNode> customers;
    final List<JsonNode> events;
    final JsonNode truth;
    final Map<String, JsonNode> itemById = new HashMap<>();
    final Map<String, JsonNode> customerById = new HashMap<>();

    private SmallDemoShop(DemoShop shop) {
        this.shop = shop;
        this.items = readLines(shop.items());
        this.customers = readLines(shop.customers());
        this.events = readLines(shop.events());
        this.truth = read(shop.truth());
        items.forEach(i -> itemById.put(i.get("item_id").asText(), i));
        customers.forEach(c -> customerById.put(c.get("user_id").asText(), c));
    }

    static synchronized SmallDemoShop get() {
        if (instance == null) {
            instance = new SmallDemoShop(generate(CONFIG, "small"));
        }
        return instance;
    }

    /** Generates {@code cfg} into {@code target/demo-shop-tests/<name>}. */
    static DemoShop generate(DemoShopConfig cfg, String name) {
        try {
            Path dir = Path.of("target", "demo-shop-tests", name);
            return new DemoShopGenerator().generate(cfg, dir, ProgressListener.silent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> readLines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.map(SmallDemoShop::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + line, e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JsonNode> eventsOfType(String type) {
        return events.stream().filter(e -> e.get("type").asText().equals(type)).toList();
    }
}

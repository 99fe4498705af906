package io.marketpilot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.data.demo.DemoShopConfig;
import io.marketpilot.data.demo.DemoShopGenerator;
import io.marketpilot.data.demo.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The generated demo shop in {@code <data-dir>/demo-shop/}: generated once (a marker file records that
 * generation finished and with which config), then reused.
 */
record DemoShopFiles(Path directory, boolean generatedNow, String config) {
    static final String MARKER = "COMPLETE";

    Path items() {
        return directory.resolve(DemoShopGenerator.ITEMS);
    }

    Path customers() {
        return directory.resolve(DemoShopGenerator.CUSTOMERS);
    }

    Path events() {
        return directory.resolve(DemoShopGenerator.EVENTS);
    }

    /** Generates the shop unless a complete one is already there. */
    static DemoShopFiles ensure(Path directory, DemoShopConfig config, ProgressListener progress) {
        Path marker = directory.resolve(MARKER);
        try {
            if (Files.isRegularFile(marker)) {
                return new DemoShopFiles(directory, false, Files.readString(marker).strip());
            }
            new DemoShopGenerator().generate(config, directory, progress);
            Files.writeString(marker, config + "\n");
            return new DemoShopFiles(directory, true, config.toString());
        } catch (IOException e) {
            throw new EnvironmentProblem("cannot write the demo shop to " + directory + ": " + e, e);
        }
    }

    /** Ids to show in examples: the most active customer among the first events, and an item they touched. */
    SampleIds sampleIds() {
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> eventsByUser = new HashMap<>();
        Map<String, String> itemByUser = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(events(), StandardCharsets.UTF_8)) {
            String line;
            for (int n = 0; n < 20_000 && (line = in.readLine()) != null; n++) {
                JsonNode e = json.readTree(line);
                String user = e.path("user_id").asText("");
                String item = e.path("item_id").asText("");
                if (!user.isEmpty() && !item.isEmpty()) {
                    eventsByUser.merge(user, 1, Integer::sum);
                    itemByUser.putIfAbsent(user, item);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String user = eventsByUser.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("the demo shop's events name no customer and item"));
        return new SampleIds(user, itemByUser.get(user));
    }

    /** A real customer and item of the shop, for the curl examples and the smoke check. */
    record SampleIds(String user, String item) {}
}

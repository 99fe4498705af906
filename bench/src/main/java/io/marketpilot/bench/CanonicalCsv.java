package io.marketpilot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The demo events as a canonical interaction CSV ({@code user_id,item_id,timestamp,event_type,value} plus
 * pass-through columns, header row, RFC 4180 quoting), written once beside the JSONL and reused. Each row keeps
 * its {@code event_id} (the canonical format's own id column wins over content ids), so it holds the same events;
 * {@code value} is the quantity, the rating of a review, else 1, as the canonical format reads it.
 */
final class CanonicalCsv {
    static final List<String> COLUMNS = List.of("event_id", "user_id", "item_id", "timestamp", "event_type", "value",
            "price", "currency", "session_id", "context.channel", "context.device", "context.holiday",
            "properties.order_id", "properties.query", "properties.text");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CanonicalCsv() {}

    /** The CSV of {@code jsonl} ({@code <name>.canonical.csv} beside it), written if missing. */
    static Path of(Path jsonl) throws IOException {
        String name = jsonl.getFileName().toString().replaceFirst("\\.jsonl$", "");
        Path csv = jsonl.resolveSibling(name + ".canonical.csv");
        if (Files.exists(csv) && Files.getLastModifiedTime(csv).compareTo(Files.getLastModifiedTime(jsonl)) >= 0) {
            return csv;
        }
        Path partial = jsonl.resolveSibling(name + ".canonical.csv.partial");
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 20)) {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    row(JSON.readTree(line), out);
                }
            }
        }
        Files.move(partial, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return csv;
    }

    private static void row(JsonNode e, Writer out) throws IOException {
        JsonNode context = e.path("context");
        JsonNode properties = e.path("properties");
        String type = e.path("type").asText();
        String value = e.has("quantity") ? e.get("quantity").asText()
                : properties.has("rating") ? properties.get("rating").asText() : "1";
        String[] cells = {text(e.get("event_id")), text(e.get("user_id")), text(e.get("item_id")),
            text(e.get("timestamp")), type, value, text(e.get("price")), text(e.get("currency")),
            text(e.get("session_id")), text(context.get("channel")), text(context.get("device")),
            text(context.get("holiday")), text(properties.get("order_id")), text(properties.get("query")),
            text(properties.get("text"))};
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells[i]));
        }
        out.write('\n');
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? "" : v.asText();
    }

    static String quoted(String cell) {
        boolean needs = false;
        for (int i = 0; i < cell.length() && !needs; i++) {
            char c = cell.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}

package io.marketpilot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the {@code events} table with every column value ready, built from a demo JSONL line before the
 * baseline's clock starts, so the baseline times DuckDB's Appender and nothing else. Columns as in the store's
 * {@code db/duckdb/V001__events.sql}; {@code seq} is given at append time.
 */
record RawRow(String eventId, long idHash, String type, String userId, String anonymousId, String itemId,
              long micros, short nanos, int quantity, Long priceUnscaled, String currency, String sessionId,
              String context, String properties) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first {@code limit} events of a JSONL file. */
    static List<RawRow> read(Path jsonl, long limit) throws IOException {
        List<RawRow> rows = new ArrayList<>((int) Math.min(limit, 1 << 24));
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && rows.size() < limit; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(of(JSON.readTree(line)));
                }
            }
        }
        return rows;
    }

    static RawRow of(JsonNode e) {
        Instant t = Instant.parse(e.get("timestamp").asText());
        String id = e.get("event_id").asText();
        JsonNode price = e.get("price");
        return new RawRow(id, idHash(id), e.get("type").asText(), text(e, "user_id"), text(e, "anonymous_id"),
                text(e, "item_id"), t.getEpochSecond() * 1_000_000L + t.getNano() / 1000, (short) (t.getNano() % 1000),
                e.has("quantity") ? e.get("quantity").asInt() : 1,
                price == null ? null : new BigDecimal(price.asText()).setScale(4, RoundingMode.HALF_EVEN)
                        .unscaledValue().longValueExact(),
                text(e, "currency"), text(e, "session_id"), object(e, "context"), object(e, "properties"));
    }

    private static String text(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String object(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isEmpty() ? null : v.toString();
    }

    /** The store's own id hash, so the baseline pays the same. */
    static long idHash(String id) {
        return io.marketpilot.store.duckdb.DuckDbEventLog.idHash(id);
    }
}

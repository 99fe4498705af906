package io.marketpilot.server.batch;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How a bulk body is framed, chosen by Content-Type. A body starting with '[' is always read as an array. */
enum BatchFormat {
    JSON_ARRAY, NDJSON, SNIFF;

    private static final Set<String> NDJSON_TYPES = Set.of("application/x-ndjson", "application/ndjson",
            "application/jsonl", "application/x-jsonlines", "application/jsonlines", "application/json-seq");

    /** Empty when the media type is not one we read (415). A missing Content-Type is sniffed. */
    static Optional<BatchFormat> of(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.of(SNIFF);
        }
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"))) {
            return Optional.of(JSON_ARRAY);
        }
        if (NDJSON_TYPES.contains(media)) {
            return Optional.of(NDJSON);
        }
        return Optional.empty();
    }
}

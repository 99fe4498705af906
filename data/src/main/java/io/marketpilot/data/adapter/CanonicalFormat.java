package io.marketpilot.data.adapter;

import io.marketpilot.data.source.CsvFormat;
import io.marketpilot.data.source.PlainRecord;
import io.marketpilot.data.source.Sources;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The canonical interaction file of EVALUATION.md §1: {@code user_id,item_id,timestamp,event_type,value} with a
 * header row; {@code event_type} defaults to {@code purchase}, {@code value} to 1. A directory means all its
 * {@code .csv[.gz]} files in name order. Further columns pass through as wire fields (price, session_id, ...).
 *
 * <p>Mapping: {@code value} is kept as {@code properties.value} (and {@code properties.rating} on reviews); when it
 * is a non-zero integer it is also the {@code quantity} (a negative one becomes a refund during cleaning).
 *
 * <p>Event ids: the protocol treats every row as one raw event (time-split cuts "raw events" at a quantile, and
 * ties in timestamp keep file order), so two identical rows are two events. Rows carry no id, hence the id is
 * {@code canon-} + SHA-256 of (user, item, timestamp, type, value) + {@code -n} for the n-th repetition of that
 * content in the import. Re-importing the same file, or the same rows in another order, yields the same ids, so
 * it adds nothing; the counter costs ~24 bytes per distinct row. A file's own {@code event_id} column wins.
 */
final class CanonicalFormat implements SourceFormat {
    private static final long MAX_QUANTITY = 1_000_000;

    @Override
    public String name() {
        return "canonical";
    }

    @Override
    public String describe() {
        return "The canonical interaction CSV (user_id,item_id,timestamp,event_type,value; header required; "
                + "event_type defaults to purchase, value to 1; timestamp ISO-8601 with zone or epoch seconds). "
                + "Identical rows stay separate events with stable ids, so re-importing a file is idempotent.";
    }

    @Override
    public Stream<ImportRow> open(Path path, RecordKind ignored) {
        List<Path> files = InputFiles.resolve(path, n -> Sources.fileType(Path.of(n)).orElse(null) == Sources.FileType.CSV,
                "canonical .csv files");
        ContentIds ids = new ContentIds("canon-");
        ImportPlan plan = new ImportPlan();
        for (Path file : files) {
            plan.read(file, p -> Sources.csv(p, CsvFormat.DEFAULT), (record, sink) -> sink.emit(RecordKind.EVENT, toWire(record.fields(), ids)));
        }
        return plan.stream();
    }

    /**
     * The row reshaped in place into a wire event: a few lookups instead of a second map (which cost about as much
     * as scanning the row: docs/benchmarks.md §30). {@code event_type} becomes {@code type} and {@code value} goes
     * into {@code properties}; every other column stays as read. The file's own {@code type}, {@code quantity} or
     * {@code event_id} column wins over what is derived here.
     */
    static Map<String, Object> toWire(Map<String, Object> row, ContentIds ids) {
        Object type = row.remove("event_type");
        String typeName = type == null ? "purchase" : type.toString();
        Object rawValue = row.remove("value");
        String value = rawValue == null ? "1" : rawValue.toString().strip();
        if (row.get("event_id") == null) {
            row.put("event_id", ids.next(str(row.get("user_id")), str(row.get("item_id")), str(row.get("timestamp")), typeName, value));
        }
        // a plain row stays plain: everything put below is its text, a number, or a plain constant or id
        row.putIfAbsent("type", typeName);
        Object number = number(value);
        Long quantity = quantity(number);
        if (quantity != null) {
            row.putIfAbsent("quantity", quantity);
        }
        Map<String, Object> properties = properties(row, row instanceof PlainRecord);
        properties.put("value", number);
        if ("review".equals(typeName.strip())) {
            properties.put("rating", number);
        }
        return row;
    }

    /** The row's {@code properties} object, made (and put) when absent or when the column held no object. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> row, boolean plain) {
        Object given = row.get("properties");
        if (given instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        Map<String, Object> properties = plain ? PlainRecord.withExpectedSize(2) : new LinkedHashMap<>();
        if (given != null) {
            properties.put("properties", given); // not an object: keep it where it can be seen
        }
        row.put("properties", properties);
        return properties;
    }

    /** The value as a number when it reads as one (so models can use it), else as the text given. */
    static Object number(String value) {
        if (!value.isEmpty() && value.length() < 19 && allDigits(value)) {
            return Long.parseLong(value); // the common case, without BigDecimal
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A non-zero integral value within the quantity range, else null (the event keeps quantity 1). */
    static Long quantity(Object number) {
        long q;
        if (number instanceof Long l) {
            q = l;
        } else if (number instanceof BigDecimal d) {
            try {
                q = d.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        } else {
            return null;
        }
        return q == 0 || Math.abs(q) > MAX_QUANTITY ? null : q;
    }

    private static void putIfPresent(Map<String, Object> wire, String key, Object value) {
        if (value != null) {
            wire.put(key, value);
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}

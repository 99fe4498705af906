package io.marketpilot.store.sqlite;

import io.marketpilot.core.store.UpsertResult;
import io.marketpilot.store.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Whole-record upserts that tell created, updated and unchanged apart by fingerprint, for a table shaped
 * {@code (id, doc, fingerprint, column…)}. Records with the same id in one batch apply in order.
 */
final class Upserts {
    private static final int IDS_PER_QUERY = 512;
    private static final int PARALLEL_FROM = 2_000;

    /** One record: its id, JSON document, fingerprint, and the values of the table's extra columns. */
    record Row(String id, String doc, byte[] fingerprint, List<Object> columns) {}

    private final String table;
    private final String idColumn;
    private final String insert;

    Upserts(String table, String idColumn, List<String> columns) {
        this.table = table;
        this.idColumn = idColumn;
        List<String> all = new ArrayList<>(List.of(idColumn, "doc", "fingerprint"));
        all.addAll(columns);
        StringBuilder update = new StringBuilder();
        for (String c : all.subList(1, all.size())) {
            update.append(update.isEmpty() ? "" : ", ").append(c).append(" = excluded.").append(c);
        }
        this.insert = "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES ("
                + "?, ".repeat(all.size() - 1) + "?) ON CONFLICT (" + idColumn + ") DO UPDATE SET " + update;
    }

    /** The rows of a batch in order; large batches are encoded on all cores (encoding is pure). */
    static <T> List<Row> encode(List<T> records, Function<T, Row> row) {
        Stream<T> stream = records.size() >= PARALLEL_FROM ? records.parallelStream() : records.stream();
        return stream.map(row).toList();
    }

    /** SHA-256 of the canonical JSON (sorted keys) of {@code content}. */
    static byte[] fingerprint(Object content) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(JsonCodec.canonical(content).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** Runs inside the caller's transaction. */
    UpsertResult apply(SqliteDb db, List<Row> rows) throws SQLException {
        Map<String, byte[]> current = fingerprints(db, rows);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        PreparedStatement s = db.prepared(insert);
        try {
            for (Row row : rows) {
                byte[] before = current.put(row.id(), row.fingerprint());
                if (before != null && Arrays.equals(before, row.fingerprint())) {
                    unchanged++;
                    continue;
                }
                if (before == null) {
                    created++;
                } else {
                    updated++;
                }
                s.setString(1, row.id());
                s.setString(2, row.doc());
                s.setBytes(3, row.fingerprint());
                for (int i = 0; i < row.columns().size(); i++) {
                    s.setObject(4 + i, row.columns().get(i));
                }
                s.addBatch();
            }
            s.executeBatch();
        } finally {
            s.clearBatch();
        }
        return new UpsertResult(created, updated, unchanged);
    }

    private Map<String, byte[]> fingerprints(SqliteDb db, List<Row> rows) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        List<String> all = new ArrayList<>(ids);
        Map<String, byte[]> out = new HashMap<>(all.size() * 2);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<String> part = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            // pad to a power of two (repeating the last id) so that at most ten statement shapes get cached
            int slots = Integer.highestOneBit(part.size() * 2 - 1);
            PreparedStatement s = db.prepared("SELECT " + idColumn + ", fingerprint FROM " + table + " WHERE "
                    + idColumn + " IN (" + "?, ".repeat(slots - 1) + "?)");
            for (int i = 0; i < slots; i++) {
                s.setString(i + 1, part.get(Math.min(i, part.size() - 1)));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getBytes(2));
                }
            }
        }
        return out;
    }
}

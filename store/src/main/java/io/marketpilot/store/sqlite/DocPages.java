package io.marketpilot.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads of a document table {@code (id, doc, …)}: by id, count, and all in id order. "All" reads pages by
 * key and calls the sink outside the connection lock, so a slow or re-entrant sink blocks nobody.
 */
final class DocPages<T> {
    private static final int PAGE = 1000;

    private final SqliteDb db;
    private final String table;
    private final String idColumn;
    private final Function<String, T> decode;

    DocPages(SqliteDb db, String table, String idColumn, Function<String, T> decode) {
        this.db = db;
        this.table = table;
        this.idColumn = idColumn;
        this.decode = decode;
    }

    Optional<T> get(String id) {
        String doc = db.read("get " + table, c -> {
            PreparedStatement s = db.prepared("SELECT doc FROM " + table + " WHERE " + idColumn + " = ?");
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        });
        return doc == null ? Optional.empty() : Optional.of(decode.apply(doc));
    }

    long count() {
        return db.read("count " + table, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table);
                 ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    void forEach(Consumer<T> sink) {
        String after = "";
        while (true) {
            String from = after;
            List<String[]> page = db.read("scan " + table, c -> {
                List<String[]> rows = new ArrayList<>(PAGE);
                try (PreparedStatement s = c.prepareStatement("SELECT " + idColumn + ", doc FROM " + table
                        + " WHERE " + idColumn + " > ? ORDER BY " + idColumn + " LIMIT " + PAGE)) {
                    s.setString(1, from);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows.add(new String[] {r.getString(1), r.getString(2)});
                        }
                    }
                }
                return rows;
            });
            for (String[] row : page) {
                sink.accept(decode.apply(row[1]));
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1)[0];
        }
    }
}

package io.marketpilot.store.sqlite;

import io.marketpilot.core.faq.FaqEntry;
import io.marketpilot.core.faq.FaqStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The FAQ in {@code state.sqlite} (table {@code faq}); a replacement is one transaction. */
final class SqliteFaqStore implements FaqStore {
    private final SqliteDb db;

    SqliteFaqStore(SqliteDb db) {
        this.db = db;
    }

    @Override
    public List<FaqEntry> list() {
        return db.read("list FAQ", c -> {
            List<FaqEntry> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT faq_id, question, answer FROM faq ORDER BY position")) {
                while (r.next()) {
                    out.add(new FaqEntry(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            return out;
        });
    }

    @Override
    public void replaceAll(List<FaqEntry> entries) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!ids.add(entries.get(i).id())) {
                throw new IllegalArgumentException("FAQ entry " + i + " repeats the id '" + entries.get(i).id()
                        + "'; ids must be unique");
            }
        }
        db.write("replace FAQ", c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM faq");
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO faq (faq_id, position, question, answer) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < entries.size(); i++) {
                    FaqEntry e = entries.get(i);
                    s.setString(1, e.id());
                    s.setInt(2, i);
                    s.setString(3, e.question());
                    s.setString(4, e.answer());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }
}

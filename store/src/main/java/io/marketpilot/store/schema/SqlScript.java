package io.marketpilot.store.schema;

import java.util.ArrayList;
import java.util.List;

/** Splits a migration script into statements: {@code ;} ends one, {@code --} starts a comment, quotes protect both. */
final class SqlScript {
    private SqlScript() {}

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end - 1;
                continue;
            } else if (!quoted && c == ';') {
                add(out, current);
                continue;
            }
            current.append(c);
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String sql = current.toString().strip();
        if (!sql.isEmpty()) {
            out.add(sql);
        }
        current.setLength(0);
    }
}

package io.marketpilot.nlp.sentiment;

import java.util.ArrayList;
import java.util.List;

/** One RFC-4180 line (quoted fields with doubled quotes, no embedded newlines) split into fields. */
final class CsvLine {
    private CsvLine() {}

    static List<String> split(String line, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    static String stripBom(String s) {
        return s.replace("\uFEFF", "");
    }
}

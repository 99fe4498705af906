package io.marketpilot.nlp.sentiment;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads any labelled CSV (header row, RFC 4180 quoting, quoted newlines allowed) into {@link LabelledText}s: the
 * text column, and the label column compared with the positive label (every other non-blank value is negative).
 * Rows with a blank label are skipped and counted; a missing column fails with the columns that exist.
 */
public final class LabelledCsv {
    /** The texts read and how many rows were skipped for a blank label. */
    public record Rows(List<LabelledText> texts, int skipped) {
    }

    private LabelledCsv() {}

    public static Rows read(Reader in, char separator, String textColumn, String labelColumn, String positiveLabel)
            throws IOException {
        List<List<String>> records = records(in, separator);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the CSV is empty: expected a header row with '" + textColumn + "' and '"
                + labelColumn + "'");
        }
        List<String> header = records.get(0).stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
        int text = column(header, textColumn, "--text-column");
        int label = column(header, labelColumn, "--label-column");
        List<LabelledText> out = new ArrayList<>();
        int skipped = 0;
        for (int r = 1; r < records.size(); r++) {
            List<String> f = records.get(r);
            String value = label < f.size() ? f.get(label).strip() : "";
            if (value.isEmpty() || text >= f.size()) {
                skipped++;
                continue;
            }
            out.add(new LabelledText("row:" + (r + 1), f.get(text), value.equals(positiveLabel), "all"));
        }
        return new Rows(out, skipped);
    }

    private static int column(List<String> header, String name, String option) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(option + " '" + name + "' is not a column of the CSV; its columns are "
                + header);
        }
        return i;
    }

    private static List<List<String>> records(Reader in, char sep) throws IOException {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            any = true;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        in.reset();
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == sep) {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                record.add(stripCr(field));
                field.setLength(0);
                out.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(ch);
            }
        }
        if (any || !field.isEmpty() || !record.isEmpty()) {
            record.add(stripCr(field));
            out.add(record);
        }
        return out;
    }

    private static String stripCr(StringBuilder b) {
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
    }
}

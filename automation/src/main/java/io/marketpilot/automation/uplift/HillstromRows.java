package io.marketpilot.automation.uplift;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Hillstrom MineThatData e-mail campaign CSV (../shared/data/hillstrom-email-campaign) as uplift data:
 * treated = any e-mail (Mens or Womens) versus "No E-Mail"; outcome = visit or conversion. Features: recency,
 * log(1 + history), the history segment's rank, mens, womens, newbie, and one-hot zip code and channel (first
 * level dropped). Fails naming the line of any malformed row.
 */
public final class HillstromRows {
    /** Which outcome column to predict. */
    public enum Outcome { VISIT, CONVERSION }

    static final List<String> FEATURES = List.of("recency", "log_history", "history_segment", "mens", "womens",
            "newbie", "zip_urban", "zip_suburban", "channel_web", "channel_multichannel");

    private HillstromRows() {}

    public static UpliftData read(BufferedReader in, Outcome outcome) throws IOException {
        String header = in.readLine();
        if (header == null || !header.strip().startsWith("recency,history_segment,history,mens,womens,zip_code")) {
            throw new IllegalArgumentException("not the Hillstrom CSV: header is " + header);
        }
        List<double[]> x = new ArrayList<>();
        List<Boolean> t = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = fields(line.strip());
            if (f.length != 12) {
                throw new IllegalArgumentException("line " + number + ": expected 12 columns, found " + f.length);
            }
            try {
                x.add(new double[] {
                    Double.parseDouble(f[0]), Math.log1p(Double.parseDouble(f[2])), f[1].charAt(0) - '0',
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[6]),
                    f[5].equals("Urban") ? 1 : 0, f[5].equals("Surburban") ? 1 : 0,
                    f[7].equals("Web") ? 1 : 0, f[7].equals("Multichannel") ? 1 : 0});
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
            t.add(!f[8].equals("No E-Mail"));
            y.add((outcome == Outcome.VISIT ? f[9] : f[10]).equals("1"));
        }
        boolean[] tt = new boolean[t.size()];
        boolean[] yy = new boolean[y.size()];
        for (int i = 0; i < tt.length; i++) {
            tt[i] = t.get(i);
            yy[i] = y.get(i);
        }
        return new UpliftData(FEATURES, x.toArray(double[][]::new), tt, yy);
    }

    /** Splits a CSV line; a field in double quotes may hold commas (the segment "6) $750 - $1,000"). */
    static String[] fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }
}

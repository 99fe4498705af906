package io.marketpilot.automation.uplift;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rows of a treatment/control experiment: named numeric features, whether the row was treated (e.g. got the
 * e-mail), and the binary outcome (e.g. visited).
 */
public record UpliftData(List<String> features, double[][] x, boolean[] treated, boolean[] outcome) {
    public UpliftData {
        features = List.copyOf(features);
        if (x.length != treated.length || x.length != outcome.length) {
            throw new IllegalArgumentException("x, treated and outcome must have one entry per row");
        }
        for (double[] row : x) {
            if (row.length != features.size()) {
                throw new IllegalArgumentException("every row needs " + features.size() + " features");
            }
        }
    }

    public int size() {
        return x.length;
    }

    /** A train/test split of the rows, shuffled with {@code seed}. */
    public record Split(UpliftData train, UpliftData test) { }

    public Split split(double testFraction, long seed) {
        int n = size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int testSize = (int) Math.round(n * testFraction);
        return new Split(subset(order, testSize, n), subset(order, 0, testSize));
    }

    private UpliftData subset(int[] order, int from, int to) {
        double[][] sx = new double[to - from][];
        boolean[] st = new boolean[to - from];
        boolean[] sy = new boolean[to - from];
        for (int i = from; i < to; i++) {
            sx[i - from] = x[order[i]];
            st[i - from] = treated[order[i]];
            sy[i - from] = outcome[order[i]];
        }
        return new UpliftData(features, sx, st, sy);
    }

    /** SHA-256 of the features, treatment and outcome of every row, in order (for provenance). */
    public String fingerprint() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            ByteBuffer b = ByteBuffer.allocate(8 * features.size() + 2);
            for (int i = 0; i < size(); i++) {
                b.clear();
                for (double v : x[i]) {
                    b.putDouble(v);
                }
                b.put((byte) (treated[i] ? 1 : 0)).put((byte) (outcome[i] ? 1 : 0));
                d.update(b.array(), 0, b.position());
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

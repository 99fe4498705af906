package io.marketpilot.engine.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the candidate closest to a misspelt name by edit distance, if it is close enough. */
final class NearestName {
    private NearestName() {
    }

    static Optional<String> to(String wrong, Collection<String> candidates) {
        String w = normal(wrong);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String n = normal(c);
            // a shortened or lengthened name (maximum / max) counts as close
            int d = w.length() >= 3 && n.length() >= 3 && (w.startsWith(n) || n.startsWith(w)) ? 1 : distance(w, n);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, w.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or "" — followed by the valid names when there are few. */
    static String hint(String wrong, Collection<String> candidates) {
        String names = candidates.size() <= 12 ? "; valid here: " + String.join(", ", candidates) : "";
        return to(wrong, candidates).map(n -> "; did you mean '" + n + "'?").orElse("") + names;
    }

    /** Case, '-' and '_' do not count: {@code maxBatch}, {@code max-batch} and {@code max_batch} are one name. */
    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package io.marketpilot.automation.uplift;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How well scores rank customers by uplift on held-out treatment/control rows. Rows are sorted by score, best
 * first; after the top k rows, with N_t, N_c treated and control rows and Y_t, Y_c positive outcomes among them:
 * <ul>
 *   <li>Qini curve Q(k) = Y_t − Y_c · N_t / N_c (extra positives the treatment brought in the top k); random
 *       targeting is the straight line to Q(n). The <b>Qini coefficient</b> is the area between the model's curve
 *       and the random line divided by the area between the best possible curve (treated positives first, control
 *       positives last) and the random line — 0 for random, 1 for perfect (as in scikit-uplift's qini_auc_score).</li>
 *   <li>Uplift curve U(k) = (Y_t/N_t − Y_c/N_c) · k; <b>AUUC</b> is its mean over k (per customer), reported with the
 *       random line's mean and normalised the same way as Qini.</li>
 *   <li>The uplift (treated minus control outcome rate) in the top 10 %, 30 % and 50 %, against the overall uplift.</li>
 * </ul>
 */
public final class UpliftEvaluation {
    /** The numbers; {@code overallUplift} is what targeting everybody (or a random share) gives per treated customer. */
    public record Report(int rows, double overallUplift, double qini, double qiniAreaModel, double qiniAreaRandom,
                         double auuc, double auucRandom, double auucNormalised, double upliftTop10, double upliftTop30,
                         double upliftTop50) { }

    private UpliftEvaluation() {}

    public static Report evaluate(double[] scores, boolean[] treated, boolean[] outcome) {
        int n = scores.length;
        Integer[] byScore = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(byScore, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        double[] perfect = new double[n];
        for (int i = 0; i < n; i++) {
            // treated positives first, control positives last
            perfect[i] = treated[i] ? (outcome[i] ? 2 : 1) : (outcome[i] ? -1 : 0);
        }
        Integer[] best = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(best, Comparator.comparingDouble((Integer i) -> -perfect[i]).thenComparingInt(i -> i));
        Curves model = curves(byScore, treated, outcome);
        Curves ideal = curves(best, treated, outcome);
        double qRandom = model.qiniEnd * (n + 1) / 2.0 / n; // mean of the straight line over k = 1..n
        double uRandom = model.upliftEnd * (n + 1) / 2.0 / n;
        double qini = (model.qiniMean - qRandom) / (ideal.qiniMean - qRandom);
        double auucNorm = (model.upliftMean - uRandom) / (ideal.upliftMean - uRandom);
        return new Report(n, model.upliftEnd / n, qini, model.qiniMean / n, qRandom / n, model.upliftMean / n,
                uRandom / n, auucNorm, topUplift(byScore, treated, outcome, 0.1), topUplift(byScore, treated, outcome, 0.3),
                topUplift(byScore, treated, outcome, 0.5));
    }

    private record Curves(double qiniMean, double upliftMean, double qiniEnd, double upliftEnd) { }

    private static Curves curves(Integer[] order, boolean[] treated, boolean[] outcome) {
        double nt = 0;
        double nc = 0;
        double yt = 0;
        double yc = 0;
        double qSum = 0;
        double uSum = 0;
        double q = 0;
        double u = 0;
        int k = 0;
        for (int i : order) {
            k++;
            if (treated[i]) {
                nt++;
                yt += outcome[i] ? 1 : 0;
            } else {
                nc++;
                yc += outcome[i] ? 1 : 0;
            }
            q = nc == 0 ? yt : yt - yc * nt / nc;
            u = (nt == 0 ? 0 : yt / nt) - (nc == 0 ? 0 : yc / nc);
            u *= k;
            qSum += q;
            uSum += u;
        }
        return new Curves(qSum / order.length, uSum / order.length, q, u);
    }

    private static double topUplift(Integer[] order, boolean[] treated, boolean[] outcome, double share) {
        int k = (int) Math.round(order.length * share);
        double nt = 0;
        double nc = 0;
        double yt = 0;
        double yc = 0;
        for (int j = 0; j < k; j++) {
            int i = order[j];
            if (treated[i]) {
                nt++;
                yt += outcome[i] ? 1 : 0;
            } else {
                nc++;
                yc += outcome[i] ? 1 : 0;
            }
        }
        return (nt == 0 ? 0 : yt / nt) - (nc == 0 ? 0 : yc / nc);
    }
}

package io.marketpilot.recommend.ease;

import io.marketpilot.recommend.data.Interactions;
import java.lang.ref.WeakReference;

/**
 * The last B an {@link EaseAlgorithm} solved, with what it was solved from. B depends on the data, lambda, the
 * weighting (and, up to rounding, the solver), not on the history decay; so tuning, which walks the decays of one
 * lambda back to back on the same validation data, solves each lambda once. The data is held weakly and compared by
 * identity: a new matrix, even an equal one, is solved again. B is never written after solving, so models share it.
 */
final class LastSolution {
    private WeakReference<Interactions> data = new WeakReference<>(null);
    private double lambda;
    private boolean weighted;
    private EaseSolver solver;
    private float[][] b;

    synchronized float[][] get(Interactions d, double l, boolean w, EaseSolver s) {
        return data.get() == d && lambda == l && weighted == w && solver == s ? b : null;
    }

    synchronized void put(Interactions d, double l, boolean w, EaseSolver s, float[][] solved) {
        data = new WeakReference<>(d);
        lambda = l;
        weighted = w;
        solver = s;
        b = solved;
    }
}

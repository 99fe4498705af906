package io.marketpilot.recommend.bpr;

/** BPR gradient steps on a (user, positive, negative) triple, shared by training and fold-in. */
final class Sgd {
    private Sgd() {}

    /** Ascends {@code ln σ(x_ui − x_uj)} with L2 penalties on the user vector, both item vectors and both biases. */
    static void step(float[] p, int po, float[] q, float[] bias, int i, int j, int k, float lr, float reg,
                     float biasReg) {
        int io = i * k;
        int jo = j * k;
        float g = gradient(p, po, q, bias, io, jo, i, j, k);
        for (int f = 0; f < k; f++) {
            float pu = p[po + f];
            float qi = q[io + f];
            float qj = q[jo + f];
            p[po + f] = pu + lr * (g * (qi - qj) - reg * pu);
            q[io + f] = qi + lr * (g * pu - reg * qi);
            q[jo + f] = qj + lr * (-g * pu - reg * qj);
        }
        bias[i] += lr * (g - biasReg * bias[i]);
        bias[j] += lr * (-g - biasReg * bias[j]);
    }

    /** The same step on the user vector {@code x} alone: items and biases stay fixed (fold-in). */
    static void userStep(float[] x, float[] q, float[] bias, int i, int j, int k, float lr, float reg) {
        int io = i * k;
        int jo = j * k;
        float g = gradient(x, 0, q, bias, io, jo, i, j, k);
        for (int f = 0; f < k; f++) {
            x[f] += lr * (g * (q[io + f] - q[jo + f]) - reg * x[f]);
        }
    }

    /** {@code σ(−(x_ui − x_uj))}, the weight of this triple's gradient; four sums so the dot does not stall. */
    private static float gradient(float[] p, int po, float[] q, float[] bias, int io, int jo, int i, int j, int k) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int f = 0;
        for (; f + 3 < k; f += 4) {
            s0 += p[po + f] * (q[io + f] - q[jo + f]);
            s1 += p[po + f + 1] * (q[io + f + 1] - q[jo + f + 1]);
            s2 += p[po + f + 2] * (q[io + f + 2] - q[jo + f + 2]);
            s3 += p[po + f + 3] * (q[io + f + 3] - q[jo + f + 3]);
        }
        for (; f < k; f++) {
            s0 += p[po + f] * (q[io + f] - q[jo + f]);
        }
        float x = bias[i] - bias[j] + ((s0 + s1) + (s2 + s3));
        return (float) (1 / (1 + Math.exp(x)));
    }
}

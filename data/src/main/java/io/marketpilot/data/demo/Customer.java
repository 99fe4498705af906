package io.marketpilot.data.demo;

/**
 * One demo customer: public traits and consent (written to {@code customers.jsonl}) and the
 * hidden taste, activity and habits that drive the simulation (written to {@code truth.json}).
 *
 * @param activity   relative session rate (log-normal, mean ≈ 1.8)
 * @param peakHour   the local (UTC+8) hour this customer most likes to shop
 * @param channel    preferred channel, an index into {@link #CHANNELS}
 */
record Customer(int index, String id, String name, String city, String gender, int age,
                long signupAt, String tier, boolean chinese, Consent consent, Taste taste,
                double activity, int peakHour, int channel) {

    static final String[] CHANNELS = {"app", "mini_program", "web"};
    /** How often each channel is someone's preferred one (and the pick for an off-habit session). */
    static final double[] CHANNEL_WEIGHTS = {0.45, 0.35, 0.20};

    record Consent(boolean email, boolean sms, boolean push, boolean personalization) {
    }

    /**
     * Preferred departments and brands with weights summing to 1 each, and price sensitivity in
     * [0, 1] (1 = strongly prefers cheap items and reacts most to promotions).
     */
    record Taste(int[] depts, double[] deptWeights, int[] brandDepts, int[] brands,
                 double[] brandWeights, double priceSensitivity) {

        /** 0 = premium-leaning, 1 = neutral, 2 = bargain-hunting. */
        int priceBucket() {
            return priceSensitivity < 1.0 / 3 ? 0 : priceSensitivity < 2.0 / 3 ? 1 : 2;
        }

        boolean prefers(int dept) {
            for (int d : depts) {
                if (d == dept) {
                    return true;
                }
            }
            return false;
        }
    }

    String email() {
        return id.replace("-", "") + "@example.com";
    }

    String language() {
        return chinese ? "zh" : "en";
    }
}

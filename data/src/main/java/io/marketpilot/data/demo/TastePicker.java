package io.marketpilot.data.demo;

/**
 * Chooses items the way a customer would: from a preferred brand (brand loyalty) or by
 * popularity within a department tilted by the customer's price sensitivity; or, outside their
 * tastes, by plain global popularity.
 */
final class TastePicker {

    /** Share of sessions driven by the customer's taste; the rest follow global popularity. */
    static final double TASTE_SHARE = 0.85;
    /** Chance that a taste-driven pick goes to a preferred brand (when the department has one). */
    static final double BRAND_LOYALTY = 0.4;
    /** Price tilt exponent per price bucket: weight ∝ popularity × (price / median)^(−β). */
    static final double[] PRICE_BETA = {-0.5, 0.0, 1.0};

    private final WeightedSampler[][] byDeptAndBucket;
    private final WeightedSampler[][] byDeptAndBrand;
    private final WeightedSampler departments;

    TastePicker(Catalogue catalogue) {
        int depts = Departments.ALL.size();
        byDeptAndBucket = new WeightedSampler[depts][PRICE_BETA.length];
        byDeptAndBrand = new WeightedSampler[depts][];
        int[] deptValues = new int[depts];
        double[] deptShares = new double[depts];
        for (int d = 0; d < depts; d++) {
            Department dept = Departments.ALL.get(d);
            int dd = d;
            int[] members = catalogue.items().stream().filter(i -> i.dept() == dd).mapToInt(Item::index).toArray();
            deptValues[d] = d;
            deptShares[d] = members.length == 0 ? 0 : dept.share();
            if (members.length == 0) {
                continue;
            }
            for (int b = 0; b < PRICE_BETA.length; b++) {
                double[] weights = new double[members.length];
                for (int k = 0; k < members.length; k++) {
                    Item item = catalogue.get(members[k]);
                    double relative = item.priceCents() / 100.0 / item.subCategory().medianPrice();
                    weights[k] = item.popularity() * StrictMath.pow(relative, -PRICE_BETA[b]);
                }
                byDeptAndBucket[d][b] = new WeightedSampler(members, weights);
            }
            byDeptAndBrand[d] = new WeightedSampler[dept.brands().size()];
            for (int brand = 0; brand < dept.brands().size(); brand++) {
                int bb = brand;
                int[] ofBrand = java.util.Arrays.stream(members).filter(i -> catalogue.get(i).brand() == bb).toArray();
                if (ofBrand.length > 0) {
                    double[] weights = java.util.Arrays.stream(ofBrand).mapToDouble(i -> catalogue.get(i).popularity()).toArray();
                    byDeptAndBrand[d][brand] = new WeightedSampler(ofBrand, weights);
                }
            }
        }
        departments = new WeightedSampler(deptValues, deptShares);
    }

    /** A department for a new session: from the customer's tastes, or by global demand. */
    int sessionDepartment(Customer c, boolean tasteDriven, Dice dice) {
        return tasteDriven ? tasteDepartment(c, dice) : departments.draw(dice);
    }

    int tasteDepartment(Customer c, Dice dice) {
        Customer.Taste t = c.taste();
        return t.depts()[dice.weighted(t.deptWeights())];
    }

    /** An item in {@code dept} for {@code c}: brand-loyal, or popularity tilted by price sensitivity. */
    int pick(Customer c, int dept, Dice dice) {
        Customer.Taste t = c.taste();
        if (dice.chance(BRAND_LOYALTY)) {
            double total = 0;
            for (int k = 0; k < t.brands().length; k++) {
                total += t.brandDepts()[k] == dept ? t.brandWeights()[k] : 0;
            }
            if (total > 0) {
                double target = dice.uniform() * total;
                for (int k = 0; k < t.brands().length; k++) {
                    if (t.brandDepts()[k] != dept) {
                        continue;
                    }
                    target -= t.brandWeights()[k];
                    WeightedSampler ofBrand = byDeptAndBrand[dept][t.brands()[k]];
                    if (target < 0 && ofBrand != null) {
                        return ofBrand.draw(dice);
                    }
                }
            }
        }
        return byDeptAndBucket[dept][t.priceBucket()].draw(dice);
    }

    /** An item in {@code dept} by plain popularity (what a customer without tastes would pick). */
    int popular(int dept, Dice dice) {
        return byDeptAndBucket[dept][1].draw(dice);
    }
}

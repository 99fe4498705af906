package io.marketpilot.data.demo;

import java.util.ArrayList;
import java.util.List;

/** Draws the customer base: demographics, consent, taste (Dirichlet weights), activity and habits. */
final class Customers {

    /** Share of customers who sign up inside the event window (and are only active after that). */
    static final double NEW_IN_WINDOW = 0.08;
    private static final int[] PEAK_HOURS = {8, 12, 13, 19, 20, 21, 22, 23};
    private static final double[] PEAK_WEIGHTS = {1, 2, 1, 1.5, 3, 3, 2, 1};

    static List<Customer> build(DemoShopConfig cfg) {
        Dice dice = Dice.forStage(cfg.seed(), 3);
        long windowStart = cfg.start().getEpochSecond();
        List<Customer> customers = new ArrayList<>(cfg.customers());
        for (int i = 0; i < cfg.customers(); i++) {
            customers.add(one(i, windowStart, cfg.days(), dice));
        }
        return List.copyOf(customers);
    }

    private static Customer one(int index, long windowStart, int days, Dice dice) {
        boolean female = dice.chance(0.55);
        int age = (int) Math.max(18, Math.min(75, Math.round(dice.logNormal(32, 0.28))));
        boolean chinese = dice.chance(0.8);
        String name = chinese
                ? dice.pick(Words.ZH_SURNAMES) + dice.pick(female ? Words.ZH_GIVEN_FEMALE : Words.ZH_GIVEN_MALE)
                : dice.pick(female ? Words.EN_FIRST_FEMALE : Words.EN_FIRST_MALE) + " " + dice.pick(Words.EN_LAST);
        String city = Words.CITIES.get(dice.weighted(Words.CITY_WEIGHTS));
        double z = dice.gaussian();
        double activity = StrictMath.exp(1.1 * z);
        double tierScore = z + 0.4 * dice.gaussian();
        String tier = tierScore > 1.3 ? "gold" : tierScore > 0.35 ? "silver" : "bronze";
        long signup = index == 0 || !dice.chance(NEW_IN_WINDOW)
                ? windowStart - 86_400L * dice.between(1, 1000) - dice.index(86_400)
                : windowStart + (long) (dice.uniform() * (86_400L * days - 1));
        int channel = dice.weighted(Customer.CHANNEL_WEIGHTS);
        Customer.Consent consent = new Customer.Consent(dice.chance(0.85), dice.chance(0.4),
                dice.chance(channel == 0 ? 0.8 : 0.5), dice.chance(0.9));
        Customer.Taste taste = taste(female, age, dice);
        int peakHour = PEAK_HOURS[dice.weighted(PEAK_WEIGHTS)];
        return new Customer(index, Ids.user(index), name, city, female ? "female" : "male", age,
                signup, tier, chinese, consent, taste, activity, peakHour, channel);
    }

    private static Customer.Taste taste(boolean female, int age, Dice dice) {
        List<Department> all = Departments.ALL;
        double[] prior = new double[all.size()];
        for (int d = 0; d < prior.length; d++) {
            prior[d] = all.get(d).share() * tilt(all.get(d).name().en(), female, age);
        }
        double roll = dice.uniform();
        int count = Math.min(all.size(), roll < 0.35 ? 1 : roll < 0.75 ? 2 : 3);
        int[] depts = new int[count];
        double[] weights = new double[count];
        double sum = 0;
        for (int k = 0; k < count; k++) {
            depts[k] = dice.weighted(prior);
            prior[depts[k]] = 0;
            weights[k] = dice.exponential(1.0);
            sum += weights[k];
        }
        for (int k = 0; k < count; k++) {
            weights[k] /= sum;
        }
        List<int[]> brandPicks = new ArrayList<>();
        for (int dept : depts) {
            int brands = all.get(dept).brands().size();
            if (dice.chance(0.7)) {
                int first = dice.index(brands);
                brandPicks.add(new int[] {dept, first});
                if (dice.chance(0.3)) {
                    brandPicks.add(new int[] {dept, (first + 1 + dice.index(brands - 1)) % brands});
                }
            }
        }
        int[] brandDepts = new int[brandPicks.size()];
        int[] brands = new int[brandPicks.size()];
        double[] brandWeights = new double[brandPicks.size()];
        double brandSum = 0;
        for (int k = 0; k < brands.length; k++) {
            brandDepts[k] = brandPicks.get(k)[0];
            brands[k] = brandPicks.get(k)[1];
            brandWeights[k] = dice.exponential(1.0);
            brandSum += brandWeights[k];
        }
        for (int k = 0; k < brands.length; k++) {
            brandWeights[k] /= brandSum;
        }
        double sensitivity = Math.max(0, Math.min(1, 0.5 + 0.25 * dice.gaussian() + (age < 25 ? 0.1 : 0)));
        return new Customer.Taste(depts, weights, brandDepts, brands, brandWeights, sensitivity);
    }

    /** Mild demographic skew of department interest. */
    private static double tilt(String department, boolean female, int age) {
        return switch (department) {
            case "Beauty" -> female ? 2.2 : 0.5;
            case "Baby" -> (age >= 24 && age <= 42 ? 2.0 : 0.4) * (female ? 1.4 : 0.9);
            case "Apparel" -> female ? 1.3 : 0.9;
            case "Electronics" -> female ? 0.8 : 1.8;
            case "Sports" -> female ? 0.8 : 1.6;
            case "Toys" -> age >= 28 && age <= 45 ? 1.4 : 0.8;
            default -> 1.0;
        };
    }

    private Customers() {
    }
}

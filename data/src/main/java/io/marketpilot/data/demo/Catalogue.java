package io.marketpilot.data.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the item catalogue: bilingual titles, log-normal prices around each sub-category's
 * median (scaled by a per-brand premium), a hidden quality, and Zipf popularity within each
 * department ranked by noisy quality.
 */
final class Catalogue {

    /** Zipf exponent of popularity by rank within a department. */
    static final double ZIPF_EXPONENT = 0.9;

    private final List<Item> items;

    private Catalogue(List<Item> items) {
        this.items = List.copyOf(items);
    }

    List<Item> items() {
        return items;
    }

    Item get(int index) {
        return items.get(index);
    }

    int size() {
        return items.size();
    }

    static Catalogue build(DemoShopConfig cfg) {
        Dice dice = Dice.forStage(cfg.seed(), 1);
        List<Department> departments = Departments.ALL;
        double[][] premium = new double[departments.size()][];
        for (int d = 0; d < departments.size(); d++) {
            premium[d] = new double[departments.get(d).brands().size()];
            for (int b = 0; b < premium[d].length; b++) {
                premium[d][b] = dice.logNormal(1.0, 0.3);
            }
        }
        int[] deptOf = departmentsFor(cfg.products(), dice);
        long windowStart = cfg.start().getEpochSecond();
        List<Item> draft = new ArrayList<>(cfg.products());
        for (int i = 0; i < cfg.products(); i++) {
            draft.add(draftItem(i, deptOf[i], premium[deptOf[i]], windowStart, dice));
        }
        return new Catalogue(rankPopularity(draft, dice));
    }

    /** Each department gets its share of the catalogue (at least one item), in shuffled order. */
    private static int[] departmentsFor(int products, Dice dice) {
        List<Department> departments = Departments.ALL;
        int[] counts = new int[departments.size()];
        double[] remainders = new double[departments.size()];
        int assigned = 0;
        for (int d = 0; d < counts.length; d++) {
            double exact = departments.get(d).share() * products;
            counts[d] = Math.max(1, (int) exact);
            remainders[d] = exact - (int) exact;
            assigned += counts[d];
        }
        while (assigned < products) {
            int best = 0;
            for (int d = 1; d < counts.length; d++) {
                if (remainders[d] > remainders[best]) {
                    best = d;
                }
            }
            counts[best]++;
            remainders[best] -= 1;
            assigned++;
        }
        int[] deptOf = new int[products];
        int at = 0;
        for (int d = 0; d < counts.length; d++) {
            for (int k = 0; k < counts[d] && at < products; k++) {
                deptOf[at++] = d;
            }
        }
        for (int i = products - 1; i > 0; i--) {
            int j = dice.index(i + 1);
            int swap = deptOf[i];
            deptOf[i] = deptOf[j];
            deptOf[j] = swap;
        }
        return deptOf;
    }

    private static Item draftItem(int index, int dept, double[] premium, long windowStart, Dice dice) {
        Department d = Departments.ALL.get(dept);
        int sub = dice.index(d.subs().size());
        Department.Sub s = d.subs().get(sub);
        int noun = dice.index(s.nouns().size());
        int brand = brandFor(d.brands().size(), dice);
        ItemTitles.Naming naming = ItemTitles.name(d, s.nouns().get(noun), brand, dice);
        long price = retailCents(dice.logNormal(s.medianPrice() * premium[brand], s.sigma()));
        double quality = clamp(0.62 + 0.18 * dice.gaussian() + 0.08 * StrictMath.log(premium[brand]), 0.03, 0.98);
        boolean available = !dice.chance(0.02);
        int stock = !available || dice.chance(0.03) ? 0 : dice.geometric(150);
        long created = windowStart - 86_400L * dice.between(1, 720) - dice.index(86_400);
        Term color = d.colored() ? dice.pick(Words.COLORS) : null;
        String spec = d.specValues().get(dice.index(d.specValues().size()));
        return new Item(index, Ids.item(index), dept, sub, noun, brand, naming.title(), naming.description(), price,
                stock, available, created, List.of(), color, spec, quality, 0, 0);
    }

    /** Brand sizes fall off with their position in the department's list. */
    private static int brandFor(int brands, Dice dice) {
        double[] weights = new double[brands];
        for (int b = 0; b < brands; b++) {
            weights[b] = 1.0 / StrictMath.pow(b + 1, 0.7);
        }
        return dice.weighted(weights);
    }

    /** Popularity: department share × Zipf over the rank of (quality + noise) within the department. */
    private static List<Item> rankPopularity(List<Item> draft, Dice dice) {
        int departments = Departments.ALL.size();
        double[] noisyQuality = new double[draft.size()];
        for (int i = 0; i < draft.size(); i++) {
            noisyQuality[i] = draft.get(i).quality() + 0.25 * dice.gaussian();
        }
        List<List<Integer>> members = new ArrayList<>();
        double presentShare = 0;
        for (int d = 0; d < departments; d++) {
            int dept = d;
            List<Integer> ofDept = new ArrayList<>();
            draft.stream().filter(item -> item.dept() == dept).forEach(item -> ofDept.add(item.index()));
            ofDept.sort(Comparator.<Integer>comparingDouble(i -> -noisyQuality[i]).thenComparingInt(i -> i));
            members.add(ofDept);
            presentShare += ofDept.isEmpty() ? 0 : Departments.ALL.get(d).share();
        }
        Item[] ranked = new Item[draft.size()];
        for (int d = 0; d < departments; d++) {
            List<Integer> ofDept = members.get(d);
            double zipfSum = 0;
            for (int r = 0; r < ofDept.size(); r++) {
                zipfSum += 1.0 / StrictMath.pow(r + 1, ZIPF_EXPONENT);
            }
            double deptShare = Departments.ALL.get(d).share() / presentShare;
            for (int r = 0; r < ofDept.size(); r++) {
                Item item = draft.get(ofDept.get(r));
                double share = deptShare / StrictMath.pow(r + 1, ZIPF_EXPONENT) / zipfSum;
                ranked[item.index()] = item.withPopularity(share, r, tagsFor(r, ofDept.size(), item, dice));
            }
        }
        return Arrays.asList(ranked);
    }

    private static List<String> tagsFor(int rank, int deptSize, Item item, Dice dice) {
        List<String> tags = new ArrayList<>();
        if (rank < Math.max(1, deptSize * 3 / 100)) {
            tags.add("bestseller");
        }
        for (int t = 0; t < Words.TAGS.size(); t++) {
            if (dice.chance(0.12)) {
                tags.add(Words.TAGS.get(t));
            }
        }
        tags.add(item.subCategory().name().en().toLowerCase(java.util.Locale.ROOT)
                .replace("'", "").replace(" & ", "_").replace(' ', '_'));
        return List.copyOf(tags);
    }

    /** Shop-style prices: under 50 end in .90, under 1000 in 9, above in 99 (as whole yuan). */
    static long retailCents(double price) {
        if (price < 50) {
            long tenths = Math.max(1, Math.round(price * 10));
            long whole = Math.max(0, tenths / 10);
            return whole * 100 + 90;
        }
        if (price < 1000) {
            long yuan = Math.round(price / 10.0) * 10 - 1;
            return yuan * 100;
        }
        long yuan = Math.round(price / 100.0) * 100 - 1;
        return yuan * 100;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}

package io.marketpilot.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded synthetic shop at recommendation-serving scale, written as import files: {@code items.jsonl},
 * {@code customers.jsonl} and a canonical {@code events.csv}. Realistic skew: item popularity follows a Zipf law
 * (exponent 1) over a random permutation of the catalogue; items fall into taste clusters (one leaf category each);
 * every customer likes 2–3 clusters (cluster popularity Zipf, exponent 0.7) and draws 85% of their events from
 * them, the rest from the whole catalogue. Each customer with history has {@code minEvents..maxEvents} events in
 * 1–4 sessions spread over the window (views 80%, add-to-cart 13%, purchases 7%), written in time order. A further
 * {@code newCustomers} are registered but have no events: the cold-start share of the load.
 *
 * @param customers    customers with events ({@code c-0000001…})
 * @param newCustomers registered customers without events ({@code n-0000001…})
 */
record SyntheticShop(long seed, int items, int customers, int newCustomers, int minEvents, int maxEvents, int days,
                     Instant end) {
    static final String ITEMS = "items.jsonl";
    static final String CUSTOMERS = "customers.jsonl";
    static final String EVENTS = "events.csv";
    private static final String[] TOP = {"Electronics", "Phones", "Computers", "Home", "Kitchen", "Garden", "Toys",
        "Sports", "Outdoors", "Books", "Music", "Beauty", "Health", "Grocery", "Pet", "Baby", "Apparel", "Shoes",
        "Jewelry", "Automotive"};
    private static final String[] CITIES = {"Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Chengdu", "Hangzhou",
        "Wuhan", "Xi'an", "Nanjing", "Tianjin", "Chongqing", "Suzhou", "Qingdao", "Dalian", "Xiamen", "Kunming",
        "Harbin", "Changsha", "Zhengzhou", "Jinan"};
    private static final String[] TIERS = {"bronze", "bronze", "bronze", "silver", "silver", "gold"};
    private static final String[] TYPES = {"view", "add_to_cart", "purchase"};

    SyntheticShop {
        if (items < 10 || customers < 1 || newCustomers < 0 || minEvents < 1 || maxEvents < minEvents || days < 1) {
            throw new IllegalArgumentException("implausible synthetic shop: " + items + " items, " + customers
                + " customers, " + minEvents + ".." + maxEvents + " events each, " + days + " days");
        }
    }

    static SyntheticShop of(long seed, int items, int customers) {
        return new SyntheticShop(seed, items, customers, customers / 20, 10, 20, 60,
            Instant.parse("2026-11-01T00:00:00Z"));
    }

    int clusters() {
        return Math.max(10, Math.min(200, items / 100));
    }

    String itemId(int i) {
        return String.format(Locale.ROOT, "i-%06d", i + 1);
    }

    String customerId(int u) {
        return String.format(Locale.ROOT, "c-%07d", u + 1);
    }

    String newCustomerId(int u) {
        return String.format(Locale.ROOT, "n-%07d", u + 1);
    }

    /** Item i's taste cluster (its leaf category). */
    int clusterOf(int item) {
        return (int) Math.floorMod(mix(seed ^ 0x5DEECE66DL, item), clusters());
    }

    /** The items ordered by popularity rank (a seeded permutation): rank r's item is {@code byRank()[r]}. */
    int[] byRank() {
        int[] order = new int[items];
        for (int i = 0; i < items; i++) {
            order[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        for (int i = items - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Writes the three files into {@code dir}; returns the number of events written. */
    long write(Path dir) throws IOException {
        Files.createDirectories(dir);
        int[] byRank = byRank();
        double[] weight = new double[items];
        double[] zipf = AliasTable.zipf(items, 1.0);
        for (int r = 0; r < items; r++) {
            weight[byRank[r]] = zipf[r];
        }
        writeItems(dir.resolve(ITEMS));
        writeCustomers(dir.resolve(CUSTOMERS));
        return writeEvents(dir.resolve(EVENTS), weight);
    }

    private void writeItems(Path file) throws IOException {
        SplittableRandom r = new SplittableRandom(seed * 17 + 1);
        String[] words = Words.syllables(6_000, seed);
        Instant created = end.minusSeconds(86_400L * 400);
        try (Writer out = writer(file)) {
            for (int i = 0; i < items; i++) {
                int c = clusterOf(i);
                String top = TOP[c % TOP.length];
                String leaf = top + " " + words[c];
                String brand = "Brand " + words[200 + c * 5 + r.nextInt(5)];
                StringBuilder title = new StringBuilder(brand);
                for (int w = 0; w < 3; w++) {
                    title.append(' ').append(words[1_200 + c * 24 + r.nextInt(24)]);
                }
                title.append(' ').append(words[r.nextInt(words.length)]);
                double price = Math.round(Math.exp(2.3 + 3.5 * r.nextDouble())) + 0.99;
                out.write("{\"item_id\":\"" + itemId(i) + "\",\"title\":\"" + title + "\",\"category\":[\"" + top
                    + "\",\"" + leaf + "\"],\"brand\":\"" + brand + "\",\"price\":\""
                    + String.format(Locale.ROOT, "%.2f", price) + "\",\"currency\":\"CNY\",\"stock\":"
                    + (1 + r.nextInt(500)) + ",\"tags\":[\"t" + c + "\"],\"available\":true,\"created_at\":\""
                    + created.plusSeconds(r.nextInt(86_400 * 300)) + "\"}\n");
            }
        }
    }

    private void writeCustomers(Path file) throws IOException {
        SplittableRandom r = new SplittableRandom(seed * 19 + 3);
        try (Writer out = writer(file)) {
            for (int u = 0; u < customers + newCustomers; u++) {
                String id = u < customers ? customerId(u) : newCustomerId(u - customers);
                out.write("{\"user_id\":\"" + id + "\",\"traits\":{\"city\":\"" + CITIES[r.nextInt(CITIES.length)]
                    + "\",\"tier\":\"" + TIERS[r.nextInt(TIERS.length)] + "\",\"language\":\""
                    + (r.nextInt(3) == 0 ? "en" : "zh") + "\"}}\n");
            }
        }
    }

    /**
     * Events are packed into one long each (seconds into the window, customer, item, type) so fifteen million of
     * them sort in memory by time; then written with sequential ids.
     */
    private long writeEvents(Path file, double[] weight) throws IOException {
        int userBits = bits(customers);
        int itemBits = bits(items);
        long seconds = 86_400L * days;
        int timeBits = bits(seconds);
        if (timeBits + userBits + itemBits + 2 > 63) {
            throw new IllegalArgumentException("too large to pack: " + customers + " customers × " + items + " items");
        }
        int k = clusters();
        int[][] members = new int[k][];
        int[] count = new int[k];
        for (int i = 0; i < items; i++) {
            count[clusterOf(i)]++;
        }
        for (int c = 0; c < k; c++) {
            members[c] = new int[count[c]];
            count[c] = 0;
        }
        for (int i = 0; i < items; i++) {
            int c = clusterOf(i);
            members[c][count[c]++] = i;
        }
        AliasTable[] inCluster = new AliasTable[k];
        for (int c = 0; c < k; c++) {
            double[] w = new double[members[c].length];
            for (int m = 0; m < w.length; m++) {
                w[m] = weight[members[c][m]];
            }
            inCluster[c] = new AliasTable(w);
        }
        AliasTable global = new AliasTable(weight);
        AliasTable clusterPick = new AliasTable(AliasTable.zipf(k, 0.7));
        SplittableRandom r = new SplittableRandom(seed * 23 + 5);
        long total = 0;
        int[] perUser = new int[customers];
        for (int u = 0; u < customers; u++) {
            perUser[u] = minEvents + r.nextInt(maxEvents - minEvents + 1);
            total += perUser[u];
        }
        long[] packed = new long[Math.toIntExact(total)];
        int n = 0;
        int[] tastes = new int[3];
        for (int u = 0; u < customers; u++) {
            int likes = 2 + r.nextInt(2);
            for (int t = 0; t < likes; t++) {
                tastes[t] = clusterPick.next(r);
            }
            int sessions = 1 + r.nextInt(4);
            long[] sessionStart = new long[sessions];
            for (int s = 0; s < sessions; s++) {
                sessionStart[s] = (long) (r.nextDouble() * (seconds - 4 * 3_600));
            }
            for (int e = 0; e < perUser[u]; e++) {
                int item;
                if (r.nextDouble() < 0.85) {
                    double p = r.nextDouble();
                    int c = tastes[p < 0.6 ? 0 : p < 0.9 || likes == 2 ? 1 : 2];
                    item = members[c][inCluster[c].next(r)];
                } else {
                    item = global.next(r);
                }
                double p = r.nextDouble();
                int type = p < 0.80 ? 0 : p < 0.93 ? 1 : 2;
                int s = e % sessions;
                long t = sessionStart[s] + (e / sessions) * (30L + r.nextInt(270));
                packed[n++] = (((t << userBits | u) << itemBits | item) << 2) | type;
            }
        }
        Arrays.sort(packed);
        long start = end.getEpochSecond() - seconds;
        try (Writer out = writer(file)) {
            out.write("event_id,user_id,item_id,timestamp,event_type,value,session_id\n");
            long seq = 0;
            for (long key : packed) {
                int type = (int) (key & 3);
                int item = (int) ((key >>> 2) & ((1L << itemBits) - 1));
                int u = (int) ((key >>> (2 + itemBits)) & ((1L << userBits) - 1));
                long t = key >>> (2 + itemBits + userBits);
                out.write("e-" + (++seq) + "," + customerId(u) + "," + itemId(item) + ","
                    + Instant.ofEpochSecond(start + t) + "," + TYPES[type] + ",1,s-" + (u + 1) + "-"
                    + (t / 14_400) + "\n");
            }
        }
        return total;
    }

    private static int bits(long n) {
        return 64 - Long.numberOfLeadingZeros(Math.max(1, n));
    }

    private static long mix(long seed, long x) {
        long z = seed + x * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20);
    }

    /** Pronounceable made-up words for titles and category names (distinct, seeded). */
    static final class Words {
        private static final String[] CONSONANTS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v",
            "z", "ch", "sh"};
        private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou"};

        private Words() {}

        static String[] syllables(int n, long seed) {
            SplittableRandom r = new SplittableRandom(seed * 13 + 11);
            java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
            while (out.size() < n) {
                StringBuilder w = new StringBuilder();
                int parts = 2 + r.nextInt(2);
                for (int p = 0; p < parts; p++) {
                    w.append(CONSONANTS[r.nextInt(CONSONANTS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
                }
                out.add(w.toString());
            }
            return out.toArray(new String[0]);
        }
    }
}

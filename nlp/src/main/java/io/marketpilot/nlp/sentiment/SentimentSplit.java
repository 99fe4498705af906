package io.marketpilot.nlp.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The fixed 80/10/10 split of the sentiment training pool. Made once ({@link #make}) and kept in the repository as
 * ids only ({@code split-v1.txt}: the validation and test ids; training is the rest of the de-duplicated pool).
 * De-duplication: texts equal after whitespace collapsing keep their first row; texts seen with both labels and empty
 * texts are dropped. Stratified by (group, label), shuffled with the seed.
 */
public record SentimentSplit(long seed, int poolSize, Set<String> validation, Set<String> test) {
    public static final String RESOURCE = "/io/marketpilot/nlp/sentiment/split-v1.txt";
    public static final long SEED = 20_261_129L;

    /** The split committed with the code. */
    public static SentimentSplit shipped() {
        try (InputStream in = SentimentSplit.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw pool with duplicates, conflicting and empty texts removed, in pool order. */
    public static List<LabelledText> deduplicated(List<LabelledText> pool) {
        Map<String, LabelledText> first = new LinkedHashMap<>();
        Set<String> conflicting = new HashSet<>();
        for (LabelledText t : pool) {
            String key = t.dedupKey();
            if (key.isEmpty()) {
                continue;
            }
            LabelledText seen = first.putIfAbsent(key, t);
            if (seen != null && seen.positive() != t.positive()) {
                conflicting.add(key);
            }
        }
        List<LabelledText> out = new ArrayList<>();
        first.forEach((k, t) -> {
            if (!conflicting.contains(k)) {
                out.add(t);
            }
        });
        return out;
    }

    /** Draws the split of {@code pool} (de-duplicated first). */
    public static SentimentSplit make(List<LabelledText> pool, long seed) {
        List<LabelledText> clean = deduplicated(pool);
        Map<String, List<String>> strata = new TreeMap<>();
        for (LabelledText t : clean) {
            strata.computeIfAbsent(t.group() + "|" + t.positive(), k -> new ArrayList<>()).add(t.id());
        }
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> validation = new HashSet<>();
        Set<String> test = new HashSet<>();
        for (List<String> ids : strata.values()) {
            for (int i = ids.size() - 1; i > 0; i--) {
                Collections.swap(ids, i, random.nextInt(i + 1));
            }
            int tenth = (int) Math.round(ids.size() * 0.1);
            test.addAll(ids.subList(0, tenth));
            validation.addAll(ids.subList(tenth, 2 * tenth));
        }
        return new SentimentSplit(seed, clean.size(), validation, test);
    }

    /** Training, validation and test texts of {@code pool}; fails when the pool is not the one the split was made on. */
    public Parts apply(List<LabelledText> pool) {
        List<LabelledText> clean = deduplicated(pool);
        if (clean.size() != poolSize) {
            throw new IllegalStateException("the de-duplicated pool has " + clean.size() + " texts, the split was made on "
                + poolSize + ": the datasets differ from the ones the split was made for");
        }
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> val = new ArrayList<>();
        List<LabelledText> tst = new ArrayList<>();
        for (LabelledText t : clean) {
            (test.contains(t.id()) ? tst : validation.contains(t.id()) ? val : train).add(t);
        }
        if (val.size() != validation.size() || tst.size() != test.size()) {
            throw new IllegalStateException("split ids not found in the pool: the datasets differ from the split's");
        }
        return new Parts(train, val, tst);
    }

    /** The three parts. */
    public record Parts(List<LabelledText> train, List<LabelledText> validation, List<LabelledText> test) {
    }

    /** The text form: a comment header, then one line per part and source: {@code part source row,row,...}. */
    public String write() {
        StringBuilder b = new StringBuilder();
        b.append("# MarketPilot sentiment split v1: ids of online_shopping_10_cats (osc:<row of the concatenated csv>)\n");
        b.append("# and UCI sentences (uci-<file>:<row>); training = the de-duplicated pool minus these.\n");
        b.append("seed ").append(seed).append('\n').append("pool ").append(poolSize).append('\n');
        part(b, "validation", validation);
        part(b, "test", test);
        return b.toString();
    }

    private static void part(StringBuilder b, String name, Set<String> ids) {
        Map<String, List<Integer>> bySource = new TreeMap<>();
        for (String id : ids) {
            int colon = id.indexOf(':');
            bySource.computeIfAbsent(id.substring(0, colon), k -> new ArrayList<>())
                .add(Integer.parseInt(id.substring(colon + 1)));
        }
        bySource.forEach((source, rows) -> {
            Collections.sort(rows);
            b.append(name).append(' ').append(source).append(' ');
            for (int i = 0; i < rows.size(); i++) {
                b.append(i == 0 ? "" : ",").append(rows.get(i));
            }
            b.append('\n');
        });
    }

    static SentimentSplit read(InputStream in) throws IOException {
        long seed = 0;
        int pool = -1;
        Set<String> validation = new HashSet<>();
        Set<String> test = new HashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" ");
            switch (f[0]) {
                case "seed" -> seed = Long.parseLong(f[1]);
                case "pool" -> pool = Integer.parseInt(f[1]);
                case "validation", "test" -> {
                    Set<String> into = f[0].equals("test") ? test : validation;
                    for (String row : f[2].split(",")) {
                        into.add(f[1] + ":" + row);
                    }
                }
                default -> throw new IOException("split file: unknown line kind '" + f[0] + "'");
            }
        }
        return new SentimentSplit(seed, pool, Set.copyOf(validation), Set.copyOf(test));
    }
}

package io.marketpilot.bench;

import io.marketpilot.engine.recommend.ShopModels;
import io.marketpilot.recommend.als.IalsModel;
import io.marketpilot.recommend.hybrid.HybridModel;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.retrieval.InnerProductIndex;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How well the inner-product index of two-stage serving finds the true top items: builds it from the served iALS
 * factors as a model swap does (timed), then for sampled known customers compares the {@code n} items found at
 * several probe sizes with the exact top {@code n} (recall) and with the exact top 50 (how many of the items that
 * can reach an answer it finds), and takes each search's CPU time on one thread (wall time would count the other
 * processes sharing the cores).
 */
final class IndexRecall {
    private static final int[] PROBES = {800, 1_600, 3_200, 6_400, 12_800};

    private IndexRecall() {}

    static Map<String, Object> measure(ShopModels models, int n, int samples, long seed) {
        Map<String, Object> out = Report.object();
        IalsModel ials = ials(models.personal());
        if (ials == null) {
            out.put("skipped", "the personal model has no iALS component (the hybrid gave it weight 0 or it was not "
                + "trained)");
            return out;
        }
        long t0 = System.nanoTime();
        InnerProductIndex index = InnerProductIndex.build(ials.copyItemFactors(), ials.itemCount(), ials.factors(),
            seed);
        out.put("build_s", Report.round((System.nanoTime() - t0) / 1e9, 2));
        out.put("clusters", index.clusters());
        out.put("largest_cluster", index.largestCluster());
        out.put("index_mb", Report.round(index.bytes() / 1048576.0, 1));
        out.put("factors", ials.factors());
        SplittableRandom r = new SplittableRandom(seed);
        float[][] queries = new float[samples][];
        for (int q = 0; q < samples; q++) {
            queries[q] = ials.userVector(models.history().history(r.nextInt(models.users().size())));
        }
        Set<Integer>[] truth = truth(index, queries, n);
        Set<Integer>[] top50 = truth(index, queries, 50);
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int probe : PROBES) {
            for (float[] q : queries) {
                index.search(q, n, probe); // warm-up: the timings below are of compiled code
            }
        }
        long exact0 = cpu.getCurrentThreadCpuTime();
        for (float[] q : queries) {
            index.exact(q, n);
        }
        out.put("exact_scan_cpu_us", Report.round((cpu.getCurrentThreadCpuTime() - exact0) / 1e3 / samples, 1));
        for (int probe : PROBES) {
            double found = 0;
            double found50 = 0;
            long took = 0;
            for (int q = 0; q < samples; q++) {
                long s0 = cpu.getCurrentThreadCpuTime();
                int[] items = index.search(queries[q], n, probe).items();
                took += cpu.getCurrentThreadCpuTime() - s0;
                for (int item : items) {
                    found += truth[q].contains(item) ? 1 : 0;
                    found50 += top50[q].contains(item) ? 1 : 0;
                }
            }
            Map<String, Object> p = Report.object();
            p.put("recall_at_" + n, Report.round(found / samples / n, 4));
            p.put("top50_found", Report.round(found50 / samples / 50, 4));
            p.put("search_cpu_us", Report.round(took / 1e3 / samples, 1));
            out.put("probe_" + probe, p);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Set<Integer>[] truth(InnerProductIndex index, float[][] queries, int n) {
        Set<Integer>[] truth = new Set[queries.length];
        for (int q = 0; q < queries.length; q++) {
            truth[q] = new HashSet<>();
            for (int item : index.exact(queries[q], n).items()) {
                truth[q].add(item);
            }
        }
        return truth;
    }

    private static IalsModel ials(ScoringModel personal) {
        if (personal instanceof IalsModel m) {
            return m;
        }
        if (personal instanceof HybridModel h) {
            for (HybridModel.Component c : h.components()) {
                if (c.model() instanceof IalsModel m) {
                    return m;
                }
            }
        }
        return null;
    }
}

package io.marketpilot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.profile.ClusterSegments;
import io.marketpilot.engine.segment.SegmentCreation;
import io.marketpilot.features.cluster.Cluster;
import io.marketpilot.features.cluster.ClusterModel;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code segments discover --k N [--seed S] [--json]}: proposes N segments by clustering the buyers (k-means++ on
 * standardised RFM and category affinities) and describes each by the features that set it apart; {@code --save N
 * --as ID} saves cluster N as a rule-based segment ({@link ClusterSegments}). A subcommand of {@code segments}.
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = "Proposes segments by clustering buyers on standardised RFM and category affinities.")
final class SegmentsDiscoverCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--k", paramLabel = "N", required = true, description = "How many segments (2-50).")
    int k;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default 42).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object with every cluster's z-scores and ranges.")
    boolean json;

    @Option(names = "--save", paramLabel = "CLUSTER", description = "Save this cluster (its #) as a segment; needs --as.")
    Integer save;

    @Option(names = "--as", paramLabel = "SEGMENT_ID", description = "The id of the segment --save creates.")
    String saveAs;

    @Override
    public Integer call() throws JsonProcessingException {
        if (k < 2 || k > 50) {
            throw new ParameterException(spec.commandLine(), "--k: expected 2 to 50, found " + k);
        }
        if ((save == null) != (saveAs == null)) {
            throw new ParameterException(spec.commandLine(), "--save CLUSTER and --as SEGMENT_ID go together");
        }
        PrintWriter out = spec.commandLine().getOut();
        ClusterModel model;
        SegmentCreation saved = null;
        try (Engine engine = data.openExisting()) {
            try {
                model = engine.profiles().discover(k, seed);
                if (save != null) {
                    saved = engine.segments().create(ClusterSegments.definition(model, save, saveAs));
                }
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("marketpilot: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        if (saved instanceof SegmentCreation.Rejected r) {
            r.problems().forEach(p -> spec.commandLine().getErr().println("marketpilot: " + p));
            return ExitCodes.FAILURE;
        }
        if (json) {
            Map<String, Object> root = asJson(model);
            if (saved instanceof SegmentCreation.Created c) {
                root.put("saved_segment", Map.of("id", saveAs, "cluster", save, "size", c.segment().size()));
            }
            out.println(JSON.writeValueAsString(root));
        } else {
            out.printf(Locale.ROOT, "%d buyers in %d proposed segments (seed %d)%n", model.buyers(), k, seed);
            for (Cluster c : model.clusters()) {
                out.printf(Locale.ROOT, "%n#%d  %,d customers (%.1f%%)%n    %s%n    e.g. %s%n", c.id(), c.size(),
                        c.share() * 100, c.description(), String.join(", ", c.sampleCustomers()));
            }
        }
        if (saved instanceof SegmentCreation.Created c && !json) {
            out.printf(Locale.ROOT, "%nsaved cluster #%d as segment %s: %,d members now (rule: the cluster's 10th-90th"
                    + " percentile box on its most distinctive RFM features; see segments list)%n", save, saveAs,
                    c.segment().size());
        }
        out.flush();
        return ExitCodes.OK;
    }

    static Map<String, Object> asJson(ClusterModel model) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("buyers", model.buyers());
        root.put("seed", model.seed());
        root.put("features", model.features());
        root.put("inertia", model.inertia());
        List<Map<String, Object>> clusters = model.clusters().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("size", c.size());
            m.put("share", c.share());
            m.put("description", c.description());
            m.put("z_scores", c.zScores());
            Map<String, Object> ranges = new LinkedHashMap<>();
            c.ranges().forEach((f, r) -> ranges.put(f, Map.of("min", r.min(), "max", r.max(), "mean", r.mean())));
            m.put("ranges", ranges);
            m.put("sample_customers", c.sampleCustomers());
            return m;
        }).toList();
        root.put("clusters", clusters);
        return root;
    }
}

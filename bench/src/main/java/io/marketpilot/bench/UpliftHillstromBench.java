package io.marketpilot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.marketpilot.automation.uplift.HillstromRows;
import io.marketpilot.automation.uplift.TwoModelUpliftTrainer;
import io.marketpilot.automation.uplift.UpliftData;
import io.marketpilot.automation.uplift.UpliftEvaluation;
import io.marketpilot.automation.uplift.UpliftModel;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Uplift quality on the Hillstrom e-mail campaign: two-model uplift trained on a seeded 70 % split, Qini / AUUC on
 * the other 30 % against random targeting (random scores with the same seed), for the visit and conversion
 * outcomes; one JSON object on stdout.
 */
public final class UpliftHillstromBench {
    private UpliftHillstromBench() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args, Set.of("data", "seed", "test-fraction", "l2"), Set.of());
        Path csv = a.path("data", Path.of("../shared/data/hillstrom-email-campaign/hillstrom.csv"));
        long seed = a.number("seed", 42, 0, Long.MAX_VALUE);
        double l2 = Double.parseDouble(a.text("l2", "1.0"));
        double testFraction = Double.parseDouble(a.text("test-fraction", "0.3"));
        if (!a.problems().isEmpty()) {
            System.err.println(String.join("\n", a.problems()));
            System.exit(2);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("dataset", "hillstrom-email-campaign");
        report.put("treatment", "any e-mail vs No E-Mail");
        report.put("model", TwoModelUpliftTrainer.ALGORITHM);
        report.put("seed", seed);
        report.put("test_fraction", testFraction);
        report.put("l2", l2);
        for (HillstromRows.Outcome outcome : HillstromRows.Outcome.values()) {
            UpliftData data;
            try (BufferedReader in = Files.newBufferedReader(csv)) {
                data = HillstromRows.read(in, outcome);
            }
            long start = System.nanoTime();
            UpliftData.Split split = data.split(testFraction, seed);
            UpliftModel model = new TwoModelUpliftTrainer(new TwoModelUpliftTrainer.Config(l2, 25, seed),
                    Clock.systemUTC(), "bench").train(split.train());
            double trainSeconds = (System.nanoTime() - start) / 1e9;
            UpliftData test = split.test();
            double[] scores = new double[test.size()];
            double[] random = new double[test.size()];
            SplittableRandom r = new SplittableRandom(seed);
            for (int i = 0; i < scores.length; i++) {
                scores[i] = model.uplift(test.x()[i]);
                random[i] = r.nextDouble();
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("train_rows", split.train().size());
            o.put("test_rows", test.size());
            o.put("train_seconds", Math.round(trainSeconds * 1000) / 1000.0);
            o.put("model", UpliftEvaluation.evaluate(scores, test.treated(), test.outcome()));
            o.put("random_targeting", UpliftEvaluation.evaluate(random, test.treated(), test.outcome()));
            report.put(outcome.name().toLowerCase(Locale.ROOT), o);
        }
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    }
}

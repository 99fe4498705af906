package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentsCommandTest {
    @TempDir
    Path dir;

    /** Three arms: "b" converts at 20 % against 10 %, "c" like control; spend follows conversion; pre predicts spend. */
    private Path exposures() throws Exception {
        SplittableRandom r = new SplittableRandom(5);
        StringBuilder csv = new StringBuilder("arm,converted,spend,pre\n");
        String[] arms = {"ctl", "b", "c"};
        for (int i = 0; i < 6_000; i++) {
            String arm = arms[i % 3];
            double pre = r.nextDouble() * 100;
            boolean converted = r.nextDouble() < (arm.equals("b") ? 0.2 : 0.1);
            csv.append(arm).append(',').append(converted ? 1 : 0).append(',')
                    .append(converted ? String.format(java.util.Locale.ROOT, "%.2f", 20 + pre / 2) : "0").append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", pre)).append('\n');
        }
        return Files.writeString(dir.resolve("exposures.csv"), csv);
    }

    @Test
    void sample_size_for_a_conversion_rate_and_a_mean() throws Exception {
        // reference: the standard two-proportion formula (pooled under H0) with Python's statistics.NormalDist:
        // 5% -> 6% at alpha 0.05, power 0.8 needs 8,158 per group; a mean with sd 40 and lift 2 needs 6,280
        CliResult rate = CliResult.run("experiments", "sample-size", "--baseline", "0.05", "--mde", "0.01");
        assertThat(rate.code()).as(rate.toString()).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(rate.out()).get("units_per_variant").asLong())
                .isEqualTo(8_158);
        CliResult mean = CliResult.run("experiments", "sample-size", "--sd", "40", "--mde", "2", "--units", "6280");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(mean.out());
        assertThat(json.get("units_per_variant").asLong()).isEqualTo(6_280);
        assertThat(json.get("power_at_units").asDouble()).isBetween(0.79, 0.81);
        CliResult bad = CliResult.run("experiments", "sample-size", "--baseline", "0.99", "--mde", "0.05");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("baseline and baseline + mde must be in (0, 1)");
    }

    @Test
    void analyze_reports_the_planted_winner_with_cuped_and_corrections() throws Exception {
        Path out = dir.resolve("result.json");
        CliResult r = CliResult.run("experiments", "analyze", "--input", exposures().toString(), "--variant-column",
                "arm", "--control", "ctl", "--metric", "converted", "--metric", "spend", "--covariate", "pre",
                "--output", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        assertThat(report.get("variants").toString()).isEqualTo("[\"ctl\",\"b\",\"c\"]");
        assertThat(report.get("winner").asText()).isEqualTo("b");
        assertThat(report.at("/srm/mismatch").asBoolean()).isFalse();
        JsonNode spendB = report.get("metrics").get(2);
        assertThat(spendB.get("metric").asText()).isEqualTo("spend");
        assertThat(spendB.get("cuped_variance_reduction").asDouble()).isGreaterThan(0.01); // 0.014: pre only moves buyers
        assertThat(spendB.get("holm_p").asDouble()).isGreaterThanOrEqualTo(spendB.at("/fixed_horizon/p_value").asDouble());
        assertThat(r.out()).contains("b wins on the primary metric converted");
    }

    @Test
    void analyze_takes_ratio_metrics() throws Exception {
        // b: revenue per order 12 vs control 10, every unit with 1-3 orders
        StringBuilder csv = new StringBuilder("arm,revenue,orders\n");
        SplittableRandom r = new SplittableRandom(8);
        for (int i = 0; i < 4_000; i++) {
            boolean b = i % 2 == 1;
            int orders = 1 + r.nextInt(3);
            csv.append(b ? "b" : "ctl").append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", orders * ((b ? 12 : 10) + 3 * r.nextGaussian())))
                    .append(',').append(orders).append('\n');
        }
        Path file = Files.writeString(dir.resolve("orders.csv"), csv);
        Path out = dir.resolve("ratio.json");
        CliResult run = CliResult.run("experiments", "analyze", "--input", file.toString(), "--variant-column", "arm",
                "--control", "ctl", "--ratio", "aov=revenue/orders", "--output", out.toString());
        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode aov = new ObjectMapper().readTree(out.toFile()).get("metrics").get(0);
        assertThat(aov.get("metric").asText()).isEqualTo("aov");
        assertThat(aov.at("/fixed_horizon/method").asText()).isEqualTo("delta-method");
        assertThat(aov.at("/fixed_horizon/relative").asDouble()).isBetween(0.17, 0.23);
        assertThat(aov.get("decision").asText()).isEqualTo("BETTER");
        assertThat(CliResult.run("experiments", "analyze", "--input", file.toString(), "--variant-column", "arm",
                "--control", "ctl", "--ratio", "aov=revenue").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void analyze_names_the_bad_cell() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "arm,m\nctl,1\nb,yes\n");
        CliResult r = CliResult.run("experiments", "analyze", "--input", csv.toString(), "--variant-column", "arm",
                "--control", "ctl", "--metric", "m");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("line 3").contains("column 'm' must be a finite number, found 'yes'");
        CliResult noControl = CliResult.run("experiments", "analyze", "--input", csv.toString(), "--variant-column",
                "arm", "--control", "nope", "--metric", "m");
        assertThat(noControl.err()).contains("line 3");
    }

    @Test
    void simulate_reports_the_targets() throws Exception {
        Path out = dir.resolve("sim.json");
        CliResult r = CliResult.run("experiments", "simulate", "--aa", "--runs", "200", "--peeks", "10",
                "--units-per-arm", "2000", "--output", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode sim = new ObjectMapper().readTree(out.toFile());
        assertThat(sim.at("/measured/runs").asInt()).isEqualTo(200);
        assertThat(sim.at("/measured/naive_peeking_false_positive_rate").asDouble())
                .isGreaterThan(sim.at("/measured/sequential_false_positive_rate").asDouble());
        assertThat(sim.at("/targets/cuped_reduction_at_least20_percent").asBoolean()).isTrue();
        assertThat(CliResult.run("experiments", "simulate", "--runs", "10").code()).isEqualTo(ExitCodes.USAGE);
    }
}

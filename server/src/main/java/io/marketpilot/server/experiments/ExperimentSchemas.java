package io.marketpilot.server.experiments;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.bool;
import static io.marketpilot.server.route.JsonSchema.dateTime;
import static io.marketpilot.server.route.JsonSchema.mapOf;
import static io.marketpilot.server.route.JsonSchema.nullable;
import static io.marketpilot.server.route.JsonSchema.number;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.oneOf;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.marketpilot.server.route.Schema;

/** The OpenAPI schemas of the experiment routes (docs/api.md describes every field). */
final class ExperimentSchemas {
    private ExperimentSchemas() {
    }

    static final Schema DEFINITION = Schema.named("ExperimentDefinition", object(
            "An experiment to create (docs/api.md#experiments lists every field and default).",
            required("id", "variants", "metrics"),
            "id", string("1-64 letters, digits, '_', '.', '-'"),
            "name", string("display name (default: the id)"),
            "decision", string("what it decides, e.g. recommendations.model"),
            "salt", string("hash salt (default: the id)"),
            "layer", string("experiments in one layer with disjoint layer_range never share a unit"),
            "layer_range", array(number("bound"), "[start, end) within the layer, default [0, 1]"),
            "traffic", number("fraction of the range that enters, default 1"),
            "segment", string("only units in this segment"),
            "variants", array(anyObject("{key, weight (default 1), config {name: value}}; the first is control"),
                    "at least 2"),
            "metrics", array(anyObject("a metric name (conversion_7d, revenue_per_user, orders_per_user, "
                    + "average_order_value, ctr, ctr_<placement>, refunds_per_user) or a metric object"),
                    "the first goal metric is primary"),
            "alpha", number("significance level, default 0.05"),
            "sequential", bool("decide on always-valid p-values (default true)"),
            "correction", oneOf("multiple-testing correction", "holm", "bh")));

    static final Schema EXPERIMENT = Schema.named("Experiment", object("A stored experiment.",
            required("id", "status", "definition", "created_at"),
            "id", string("the id"),
            "status", oneOf("lifecycle", "draft", "running", "stopped"),
            "definition", ref(DEFINITION),
            "created_at", dateTime("created"),
            "started_at", nullable(dateTime("started")),
            "stopped_at", nullable(dateTime("stopped"))), DEFINITION);

    static final Schema EXPERIMENT_LIST = Schema.named("ExperimentList", object("All experiments, oldest first.",
            required("experiments"), "experiments", array(ref(EXPERIMENT), "the experiments")), EXPERIMENT);

    static final Schema ASSIGNMENT = Schema.named("ExperimentAssignment", object("A unit's assignment.",
            required("experiment", "unit", "assigned"),
            "experiment", string("the experiment id"),
            "unit", string("the unit (user id, or anon:<anonymous id>)"),
            "assigned", bool("whether the unit is in the experiment"),
            "variant", nullable(string("its variant key")),
            "config", nullable(mapOf(string("value"), "the variant's configuration")),
            "reason", nullable(oneOf("why not assigned", "holdout", "not_targeted", "other_experiment_in_layer",
                    "outside_traffic", "not_running")),
            "exposed", bool("whether this call logged an exposure (expose=true on a running experiment)")));

    static final Schema REPORT = Schema.named("ExperimentReport", object(
            "Per metric and treatment: fixed-horizon, CUPED, sequential and Bayesian results, corrected p-values,"
                    + " decision and verdict; SRM; the winner.",
            required("id", "status", "variants", "exposures", "srm", "metrics", "verdict"),
            "id", string("the experiment id"),
            "status", oneOf("lifecycle", "running", "stopped"),
            "variants", array(string("variant key"), "control first"),
            "exposures", array(number("units"), "per variant"),
            "srm", anyObject("chi_square, p_value, mismatch, threshold"),
            "metrics", array(anyObject("metric, guardrail, variant, control_units, variant_units, fixed_horizon,"
                    + " cuped, cuped_variance_reduction, sequential, bayesian, holm_p, benjamini_hochberg_p,"
                    + " decision_p, decision (BETTER, WORSE, NO_DIFFERENCE, UNTRUSTWORTHY), verdict"), "results"),
            "winner", nullable(string("the winning variant")),
            "verdict", string("one sentence"),
            "options", anyObject("alpha, sequential, correction, tuning_units, srm_threshold")));
}

package io.marketpilot.engine.experiments;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.experiment.StoredExperiment;
import io.marketpilot.experiments.assignment.ExperimentDesign;
import io.marketpilot.experiments.assignment.Variant;
import io.marketpilot.experiments.metrics.MetricDefinition;
import io.marketpilot.experiments.metrics.ExposureLedger;
import io.marketpilot.experiments.report.ExperimentReport;
import io.marketpilot.experiments.report.MetricSpec;
import io.marketpilot.experiments.report.ReportBuilder;
import io.marketpilot.experiments.stats.Moments;
import io.marketpilot.experiments.stats.ThompsonSampling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A started experiment in memory: its definition and the ledger of exposures and outcomes. Exposures count only
 * while running; outcomes keep counting after stop (conversions inside their window after the last exposure).
 * A bandit ({@code allocation: thompson}) re-weights its variants every {@link #BANDIT_REFRESH} exposures to
 * each arm's posterior chance of being best on the primary conversion metric (at least
 * {@link #BANDIT_FLOOR} each, so no arm starves); exposed units keep their variant.
 */
final class RunningExperiment {
    static final int BANDIT_REFRESH = 200;
    static final double BANDIT_FLOOR = 0.01;
    private final ExperimentDefinition definition;
    private final ExposureLedger ledger;
    private volatile StoredExperiment stored;
    private volatile ExperimentDesign current;
    private long refreshedAt;

    RunningExperiment(StoredExperiment stored, ExperimentDefinition definition, int expectedUnits) {
        this.stored = stored;
        this.definition = definition;
        this.ledger = new ExposureLedger(definition.metrics(), definition.design().variants().size(), expectedUnits);
        this.current = definition.design();
    }

    /** The design assignment uses now: the defined one, or the bandit's latest weights. */
    ExperimentDesign design() {
        if (definition.thompson()) {
            refreshBandit();
        }
        return current;
    }

    private synchronized void refreshBandit() {
        long[] exposed = ledger.exposures();
        long total = Arrays.stream(exposed).sum();
        if (total - refreshedAt < BANDIT_REFRESH && refreshedAt > 0) {
            return;
        }
        refreshedAt = Math.max(1, total);
        int primary = primaryIndex();
        Moments[] arms = ledger.moments()[primary];
        long[] successes = new long[arms.length];
        long[] trials = new long[arms.length];
        for (int v = 0; v < arms.length; v++) {
            successes[v] = Math.round(arms[v].sumY());
            trials[v] = arms[v].n();
        }
        double[] share = ThompsonSampling.allocation(successes, trials, 10_000, total);
        List<Variant> variants = definition.design().variants();
        List<Variant> reweighted = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            Variant old = variants.get(v);
            reweighted.add(new Variant(old.key(), Math.max(BANDIT_FLOOR, share[v]), old.config()));
        }
        current = definition.design().withVariants(reweighted);
    }

    private int primaryIndex() {
        List<MetricDefinition> metrics = definition.metrics();
        for (int m = 0; m < metrics.size(); m++) {
            if (!metrics.get(m).guardrail()) {
                return m;
            }
        }
        return 0;
    }

    ExperimentDefinition definition() {
        return definition;
    }

    StoredExperiment stored() {
        return stored;
    }

    void update(StoredExperiment newer) {
        stored = newer;
    }

    Optional<String> exposedVariant(String unit) {
        int v = ledger.variantOf(unit);
        return v < 0 ? Optional.empty() : Optional.of(definition.design().variants().get(v).key());
    }

    /** Counts an exposure decided now, before its event is stored (the stored event then changes nothing). */
    void exposeNow(String unit, String variant, java.time.Instant at) {
        ledger.expose(unit, index(variant), at, 0);
    }

    void covariateKnown(String unit, double covariate) {
        ledger.setCovariate(unit, covariate);
    }

    void fold(Event e) {
        if (ExposureEvents.isExposure(e)) {
            if (ExposureEvents.experiment(e).equals(definition.id())) {
                int index = index(ExposureEvents.variant(e));
                if (index >= 0) {
                    ledger.expose(e.actorKey(), index, e.timestamp(), ExposureEvents.covariate(e));
                }
            }
            return;
        }
        ledger.observe(e);
    }

    private int index(String key) {
        List<Variant> variants = definition.design().variants();
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The report. A bandit moves its weights by design, so its SRM check compares exposures with themselves (never
     * a mismatch) and its fixed-horizon numbers carry the bias of adaptive allocation (docs/api.md says so).
     */
    ExperimentReport report() {
        long[] exposures = ledger.exposures();
        double[] weights = definition.thompson() ? Arrays.stream(exposures).mapToDouble(e -> Math.max(1, e)).toArray()
                : definition.design().weights();
        return ReportBuilder.build(definition.design().variants().stream().map(Variant::key).toList(),
                weights, exposures,
                definition.metrics().stream().map(MetricSpec::of).toList(), ledger.moments(), definition.options());
    }

    long conflictingExposures() {
        return ledger.conflicts();
    }
}

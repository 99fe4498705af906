package io.marketpilot.engine.experiments;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.experiment.StoredExperiment;
import io.marketpilot.experiments.assignment.Variant;
import io.marketpilot.experiments.metrics.ExposureLedger;
import io.marketpilot.experiments.report.ExperimentReport;
import io.marketpilot.experiments.report.MetricSpec;
import io.marketpilot.experiments.report.ReportBuilder;
import java.util.List;
import java.util.Optional;

/**
 * A started experiment in memory: its definition and the ledger of exposures and outcomes. Exposures count only
 * while running; outcomes keep counting after stop (conversions inside their window after the last exposure).
 */
final class RunningExperiment {
    private final ExperimentDefinition definition;
    private final ExposureLedger ledger;
    private volatile StoredExperiment stored;

    RunningExperiment(StoredExperiment stored, ExperimentDefinition definition, int expectedUnits) {
        this.stored = stored;
        this.definition = definition;
        this.ledger = new ExposureLedger(definition.metrics(), definition.design().variants().size(), expectedUnits);
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

    void fold(Event e) {
        if (ExposureEvents.isExposure(e)) {
            if (ExposureEvents.experiment(e).equals(definition.id())) {
                int index = index(ExposureEvents.variant(e));
                if (index >= 0) {
                    ledger.expose(e.actorKey(), index, e.timestamp(), 0);
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

    ExperimentReport report() {
        return ReportBuilder.build(definition.design().variants().stream().map(Variant::key).toList(),
                definition.design().weights(), ledger.exposures(),
                definition.metrics().stream().map(MetricSpec::of).toList(), ledger.moments(), definition.options());
    }

    long conflictingExposures() {
        return ledger.conflicts();
    }
}

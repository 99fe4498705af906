package io.marketpilot.experiments.report;

import io.marketpilot.experiments.stats.SrmCheck;
import java.util.List;

/**
 * The whole report: variants with their exposures, the SRM check, the per-metric results, the winner (null when
 * none), the overall sentence, and the options it was made with.
 */
public record ExperimentReport(
        List<String> variants,
        long[] exposures,
        SrmCheck.Result srm,
        List<MetricResult> metrics,
        String winner,
        String verdict,
        ReportOptions options) {
}

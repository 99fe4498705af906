package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.engine.state.StateDatabase;
import io.marketpilot.experiments.stats.Lift;
import io.marketpilot.experiments.stats.TwoProportionTest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A journey's report from its runs (all versions): entered, active by step, exited by reason, converted, and the
 * holdout against the treated arms — conversion compared with the experiments module's two-proportion z-test
 * (95% intervals), once both groups have customers.
 */
final class Reports {
    static final double ALPHA = 0.05;

    private Reports() {
    }

    static JourneyReport of(StateDatabase db, Definitions.Journey j) {
        String id = j.row().id();
        JourneyDefinition latest = j.latest();
        Duration window = latest.goal() == null ? Duration.ZERO : latest.goal().window();
        return db.read("journey report " + id, c -> {
            long[] totals = new long[6]; // entered, active, converted, holdout n, holdout conv, treated n, treated conv
            long[] groups = new long[4];
            Map<String, Long> inStep = new TreeMap<>();
            Map<String, Long> exitedBy = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT active, step, exit_reason, arm,"
                    + " converted_at IS NOT NULL, count(*) FROM journey_runs WHERE journey_id = ?"
                    + " GROUP BY active, step, exit_reason, arm, converted_at IS NOT NULL")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long n = r.getLong(6);
                        boolean converted = r.getInt(5) == 1;
                        String arm = r.getString(4);
                        totals[0] += n;
                        if (r.getInt(1) == 1) {
                            totals[1] += n;
                            inStep.merge(r.getString(2), n, Long::sum);
                        } else {
                            exitedBy.merge(String.valueOf(r.getString(3)), n, Long::sum);
                        }
                        totals[2] += converted ? n : 0;
                        if (arm != null) {
                            int g = "holdout".equals(arm) ? 0 : 2;
                            groups[g] += n;
                            groups[g + 1] += converted ? n : 0;
                        }
                    }
                }
            }
            JourneyReport.Groups holdout = new JourneyReport.Groups(groups[0], groups[1]);
            JourneyReport.Groups treated = new JourneyReport.Groups(groups[2], groups[3]);
            Optional<JourneyReport.Effect> effect = Optional.empty();
            if (holdout.entered() > 0 && treated.entered() > 0) {
                Lift l = TwoProportionTest.compare(holdout.converted(), holdout.entered(), treated.converted(),
                        treated.entered(), ALPHA);
                effect = Optional.of(new JourneyReport.Effect(l.absolute(), l.absoluteInterval().lower(),
                        l.absoluteInterval().upper(), l.relative(), l.relativeInterval().lower(),
                        l.relativeInterval().upper(), l.pValue()));
            }
            return new JourneyReport(id, totals[0], totals[1], inStep, exitedBy, totals[2], window, holdout, treated,
                    effect);
        });
    }
}

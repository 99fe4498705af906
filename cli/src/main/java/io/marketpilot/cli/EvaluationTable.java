package io.marketpilot.cli;

import io.marketpilot.recommend.evaluation.EvaluationReport;
import io.marketpilot.recommend.evaluation.ModelResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The human-readable summary of an evaluation report: one row per model, the protocol's metrics as columns. */
final class EvaluationTable {
    private EvaluationTable() {}

    static void print(PrintWriter out, EvaluationReport r) {
        out.printf(Locale.ROOT, "%s · %s · %,d test users · %,d items · %,d training pairs%n", r.dataset(),
            r.protocol(), r.usersEvaluated(), r.items(), r.trainInteractions());
        List<String> columns = r.models().isEmpty() ? List.of() : new ArrayList<>(r.models().get(0).metrics().keySet());
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-20s", "model"));
        columns.forEach(c -> head.append(String.format(Locale.ROOT, "%13s", c)));
        head.append(String.format(Locale.ROOT, "%10s%9s  %s", "train s", "p99 ms", "params"));
        out.println(head);
        for (ModelResult m : r.models()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-20s", m.name()));
            columns.forEach(c -> row.append(String.format(Locale.ROOT, "%13.4f", m.metrics().getOrDefault(c, Double.NaN))));
            row.append(String.format(Locale.ROOT, "%10.2f%9.2f  %s", m.trainSeconds(), m.recommendMsP99(), m.params()));
            out.println(row);
        }
    }
}

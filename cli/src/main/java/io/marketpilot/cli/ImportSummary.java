package io.marketpilot.cli;

import io.marketpilot.core.validation.FieldError;
import io.marketpilot.engine.imports.ImportKind;
import io.marketpilot.engine.imports.ImportReport;
import io.marketpilot.engine.imports.ImportReport.BadRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeMap;

/** Prints what an import did: the counts, the rate, and every invalid row the report lists. */
final class ImportSummary {
    private ImportSummary() {}

    static void print(PrintWriter out, ImportKind kind, Path source, ImportReport r) {
        double seconds = Math.max(r.took().toNanos() / 1e9, 1e-9);
        out.printf(Locale.ROOT, "%s %s from %s in %.1f s%n",
                r.committed() ? "imported" : "import aborted:", ImportCommand.kindName(kind), source, seconds);
        row(out, "rows read", r.rowsRead());
        row(out, "events accepted", r.eventsAccepted());
        row(out, "duplicates", r.eventDuplicates());
        row(out, "items written", r.itemsWritten());
        row(out, "customers written", r.customersWritten());
        row(out, "bot events flagged", r.botEventsFlagged());
        row(out, "rejected", r.badRowCount());
        if (r.couponsRedeemed() > 0) {
            row(out, "coupons redeemed", r.couponsRedeemed());
        }
        new TreeMap<>(r.skipped()).forEach((reason, n) -> row(out, "skipped: " + reason, n));
        out.printf(Locale.ROOT, "  %-20s %,14.0f rows/s%n", "rate", r.rowsRead() / seconds);
        ImportReport.Phases p = r.phases();
        out.printf(Locale.ROOT, "  %-20s reading+cleaning %.1f s (waited for the writer %.1f s), writing %.1f s,"
                + " commit %.1f s, items+customers %.1f s%n", "time", s(p.readingAndCleaning()), s(p.waitedForWriter()),
                s(p.writing()), s(p.commit()), s(p.records()));
        if (r.badRowCount() > 0) {
            listRejections(out, r);
        }
        if (!r.committed()) {
            out.println("nothing was written; fix the rows or use --skip-invalid");
        } else if (r.badRowCount() > 0) {
            out.println("skipped " + r.badRowCount() + " invalid row(s); they are in "
                    + (r.rejectsFile() == null ? "(no rejects file was written)" : r.rejectsFile().toString()));
        }
        out.flush();
    }

    private static void listRejections(PrintWriter out, ImportReport r) {
        out.println(r.badRowCount() + " invalid row(s):");
        for (BadRow row : r.badRows()) {
            String where = row.source() == null || row.source().isBlank() ? "" : row.source() + " ";
            for (FieldError e : row.errors()) {
                out.printf(Locale.ROOT, "  %sline %d, %s: expected %s, found %s%n",
                        where, row.line(), e.field(), e.expected(), e.found());
            }
        }
        long unlisted = r.badRowCount() - r.badRows().size();
        if (unlisted > 0) {
            out.printf(Locale.ROOT, "  … and %,d more (the first %d are listed)%n", unlisted, r.badRows().size());
        }
    }

    private static double s(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }

    private static void row(PrintWriter out, String label, long value) {
        out.printf(Locale.ROOT, "  %-20s %,14d%n", label, value);
    }
}

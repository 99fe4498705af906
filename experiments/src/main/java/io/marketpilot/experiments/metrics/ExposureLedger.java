package io.marketpilot.experiments.metrics;

import io.marketpilot.core.event.Event;
import io.marketpilot.experiments.assignment.UnitHash;
import io.marketpilot.experiments.stats.Moments;
import java.time.Instant;
import java.util.List;

/**
 * The incremental state of one experiment's metrics. {@link #expose} records a unit's first exposure (later
 * exposures to another variant are counted as conflicts; the first variant stays). {@link #observe} folds an
 * event into the unit's outcome row — one numerator and one denominator slot per metric — if the unit was exposed at or before the event and the event is inside the metric's window.
 * Units are keyed by a 64-bit hash of their id (a collision among 10⁷ units has probability ~3·10⁻⁶).
 * Thread-safe (one lock; the engine feeds it from the ingest path).
 */
public final class ExposureLedger {
    private static final long DAY_MILLIS = 86_400_000L;
    private final List<MetricDefinition> metrics;
    private final int variants;
    private final UnitTable units;
    private final long[] exposures;
    private final OutcomeRows rows;
    private long conflicts;

    public ExposureLedger(List<MetricDefinition> metrics, int variants, int expectedUnits) {
        if (variants < 2 || variants > 127) {
            throw new IllegalArgumentException("variants must be in [2, 127], found " + variants);
        }
        this.metrics = List.copyOf(metrics);
        this.variants = variants;
        this.rows = new OutcomeRows(2 * this.metrics.size());
        this.units = new UnitTable(expectedUnits);
        this.exposures = new long[variants];
    }

    public List<MetricDefinition> metrics() {
        return metrics;
    }

    /** Records an exposure; {@code covariate} is the unit's pre-period value used by CUPED (0 when unknown). */
    public synchronized void expose(String unit, int variant, Instant at, double covariate) {
        exposeHashed(UnitHash.hash64(unit), variant, at.toEpochMilli(), covariate);
    }

    synchronized void exposeHashed(long key, int variant, long millis, double covariate) {
        if (variant < 0 || variant >= variants) {
            throw new IllegalArgumentException("variant index must be in [0, " + variants + "), found " + variant);
        }
        int slot = units.insert(key, variant, millis);
        if (slot < 0) {
            if (units.variant(-slot - 1) != variant) {
                conflicts++;
            }
            return;
        }
        exposures[variant]++;
        units.setCovariate(slot, (float) covariate);
    }

    /** Sets the pre-exposure covariate of an exposed unit, learned after its exposure was counted. */
    public synchronized void setCovariate(String unit, double covariate) {
        int slot = units.find(UnitHash.hash64(unit));
        if (slot != UnitTable.ABSENT) {
            units.setCovariate(slot, (float) covariate);
            int row = units.row(slot);
            if (row != UnitTable.ABSENT) {
                rows.setCovariate(row, (float) covariate);
            }
        }
    }

    /** The variant index {@code unit} was first exposed to, or -1 when it was never exposed. */
    public synchronized int variantOf(String unit) {
        int slot = units.find(UnitHash.hash64(unit));
        return slot == UnitTable.ABSENT ? -1 : units.variant(slot);
    }

    /** Folds one event into the metrics of its actor, if that actor was exposed. */
    public synchronized void observe(Event event) {
        int slot = units.find(UnitHash.hash64(event.actorKey()));
        if (slot == UnitTable.ABSENT) {
            return;
        }
        long t = event.timestamp().toEpochMilli();
        long first = units.firstMillis(slot);
        if (t < first) {
            return;
        }
        for (int m = 0; m < metrics.size(); m++) {
            MetricDefinition metric = metrics.get(m);
            if (metric.windowDays() > 0 && t - first > metric.windowDays() * DAY_MILLIS) {
                continue;
            }
            double num = metric.numerator().valueOf(event);
            double den = metric.denominator() == null ? 0 : metric.denominator().valueOf(event);
            if (num != 0 || den != 0) {
                int row = rowOf(slot);
                rows.add(row, 2 * m, num);
                rows.add(row, 2 * m + 1, den);
            }
        }
    }

    private int rowOf(int slot) {
        int row = units.row(slot);
        if (row == UnitTable.ABSENT) {
            row = rows.add(units.variant(slot), units.covariate(slot));
            units.setRow(slot, row);
        }
        return row;
    }

    public synchronized long[] exposures() {
        return exposures.clone();
    }

    /** Units exposed to more than one variant (a diagnostic: the first variant is kept). */
    public synchronized long conflicts() {
        return conflicts;
    }

    /** Per metric and variant: y = the unit's metric value (winsorised), x = the ratio denominator or the covariate. */
    public synchronized Moments[][] moments() {
        return new LedgerSnapshot(metrics, variants, rows, units, exposures).moments();
    }
}

package io.marketpilot.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link RawAppender} over the first N demo events, once per {@link Variant}, each into a fresh file. The
 * rows are built (JSON parsed, hashes and JSON text computed) before the clock starts. The first variant is the
 * headline {@code events_per_s}; every variant reports events/s and, when it commits in batches, the
 * per-transaction latency.
 */
final class RawBaseline {
    /** How the rows reach DuckDB. */
    enum Route {
        /** DuckDB's Appender, value by value (the baseline). */
        APPENDER,
        /** {@link RawTableFunction}: vectors filled column by column, {@code INSERT … SELECT} per transaction. */
        TABLE_FUNCTION,
        /** A CSV file and {@code read_csv} ({@link RawCsvLoad}, one transaction). */
        READ_CSV
    }

    /** A way to write: rows per transaction ({@link Integer#MAX_VALUE} = one for all), DuckDB settings, route. */
    record Variant(String name, int commitEvery, List<String> settings, Route route) {
        Variant(String name, int commitEvery, List<String> settings) {
            this(name, commitEvery, settings, Route.APPENDER);
        }

        static Variant commitEvery(int rows) {
            return new Variant(rows == Integer.MAX_VALUE ? "one_transaction" : "commit_every_" + rows, rows, List.of());
        }

        /** As {@link #commitEvery} through {@link RawTableFunction}; the name ends in {@code _table_function}. */
        static Variant tableFunction(int rows) {
            Variant v = commitEvery(rows);
            return new Variant(v.name() + "_table_function", rows, List.of(), Route.TABLE_FUNCTION);
        }
    }

    private RawBaseline() {}

    static Map<String, Object> run(Path jsonl, long events, List<Variant> variants, WorkDir work) throws Exception {
        long prepStart = System.nanoTime();
        List<RawRow> rows = RawRow.read(jsonl, events);
        long prep = System.nanoTime() - prepStart;
        Map<String, Object> out = Report.object();
        Map<String, Object> all = Report.object();
        for (Variant v : variants) {
            long[] took;
            long count;
            long cpu;
            try (RawAppender raw = RawAppender.create(work.resolve(v.name() + ".duckdb"), v.settings())) {
                long cpu0 = ProcessStats.cpuNanos();
                took = v.route() == Route.READ_CSV ? raw.loadViaCsv(rows, work.resolve(v.name() + ".csv"))
                        : raw.append(rows, v.commitEvery(), v.route() == Route.TABLE_FUNCTION);
                cpu = ProcessStats.cpuNanos() - cpu0;
                count = raw.count();
            }
            if (count != rows.size()) {
                throw new IllegalStateException(v.name() + ": appended " + rows.size() + " rows, the table holds " + count);
            }
            long nanos = Arrays.stream(took).sum();
            Map<String, Object> numbers = Report.object();
            numbers.put("events_per_s", Report.perSecond(rows.size(), nanos));
            numbers.put("elapsed_s", Report.round(nanos / 1e9, 3));
            // all threads (DuckDB's workers, GC, JIT): steadier than events/s on a shared machine
            numbers.put("process_cpu_us_per_event", Report.round(cpu / 1e3 / rows.size(), 2));
            if (took.length > 1) {
                numbers.put("tx_ms_p50", Report.ms(Report.percentile(took, 50)));
                numbers.put("tx_ms_p99", Report.ms(Report.percentile(took, 99)));
                numbers.put("tx_ms_max", Report.ms(Report.percentile(took, 100)));
            }
            if (out.isEmpty()) {
                out.put("events_per_s", numbers.get("events_per_s"));
                out.put("variant", v.name());
            }
            all.put(v.name(), numbers);
            work.delete(v.name() + ".duckdb");
            work.delete(v.name() + ".duckdb.wal");
        }
        out.put("variants", all);
        out.put("rows", rows.size());
        out.put("row_preparation_s_untimed", Report.round(prep / 1e9, 2));
        return out;
    }
}

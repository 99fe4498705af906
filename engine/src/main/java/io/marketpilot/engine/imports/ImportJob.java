package io.marketpilot.engine.imports;

import io.marketpilot.core.store.EventLog;
import io.marketpilot.data.adapter.ImportRow;
import io.marketpilot.data.adapter.RecordKind;
import io.marketpilot.data.adapter.RowProblem;
import io.marketpilot.data.adapter.SkippedRow;
import io.marketpilot.data.adapter.SourceFormats;
import io.marketpilot.data.adapter.WireRecord;
import io.marketpilot.data.cleaning.BotDetector;
import io.marketpilot.data.cleaning.CustomerCleaner;
import io.marketpilot.data.cleaning.EventCleaner;
import io.marketpilot.data.cleaning.ItemCleaner;
import io.marketpilot.engine.ProgressSink;
import io.marketpilot.engine.imports.ImportReport.Phases;
import io.marketpilot.engine.ingest.RecordUpserter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Imports one file or directory in one pass: rows are read, cleaned in chunks and streamed into one
 * event-log bulk load; items and customers are collected and written at the end. Without
 * {@code skipInvalid}, any bad row aborts the import and nothing is written (the remaining rows are still
 * checked so every bad row is listed); with it, the valid rows are imported and the bad ones written to a
 * rejects file.
 */
public final class ImportJob {
    private static final int PROGRESS_EVERY = 20_000;

    private final SourceFormats formats = SourceFormats.standard();
    private final EventCleaner eventCleaner;
    private final BotDetector bots;
    private final ItemCleaner itemCleaner;
    private final CustomerCleaner customerCleaner;
    private final EventLog log;
    private final RecordUpserter records;
    private final Path dataDir;

    public ImportJob(EventCleaner eventCleaner, BotDetector bots, ItemCleaner itemCleaner,
                     CustomerCleaner customerCleaner, EventLog log, RecordUpserter records, Path dataDir) {
        this.eventCleaner = eventCleaner;
        this.bots = bots;
        this.itemCleaner = itemCleaner;
        this.customerCleaner = customerCleaner;
        this.log = log;
        this.records = records;
        this.dataDir = dataDir;
    }

    public ImportReport run(ImportRequest request, ProgressSink progress) {
        long start = System.nanoTime();
        RecordKind kind = switch (request.kind()) {
            case EVENTS -> RecordKind.EVENT;
            case ITEMS -> RecordKind.ITEM;
            case CUSTOMERS -> RecordKind.CUSTOMER;
        };
        try (RejectsFile rejects = new RejectsFile(request.source(), dataDir, request.skipInvalid());
             Stream<ImportRow> rows = formats.open(request.format(), request.source(), kind);
             EventLog.BulkLoad bulk = log.bulkLoad();
             ImportBatches batches = new ImportBatches(eventCleaner, bots, itemCleaner, customerCleaner, bulk,
                     rejects, request.skipInvalid())) {
            long read = 0;
            for (Iterator<ImportRow> it = rows.iterator(); it.hasNext(); ) {
                switch (it.next()) {
                    case WireRecord r -> batches.add(r);
                    case RowProblem p -> batches.unreadable(p);
                    case SkippedRow s -> batches.skipped(s);
                }
                if (++read % PROGRESS_EVERY == 0) {
                    progress.progress("import", read, -1);
                }
            }
            batches.flush();
            progress.progress("import", read, read);
            long readAll = System.nanoTime();
            boolean commit = batches.badRowCount() == 0 || request.skipInvalid();
            long items = 0;
            long customers = 0;
            long committed = readAll;
            if (commit) {
                // events first: they are the record of what happened; items and customers are idempotent
                // upserts, so if writing them fails, re-running the import completes them without new events
                bulk.commit();
                committed = System.nanoTime();
                items = records.writeItems(batches.items()).total();
                customers = records.writeCustomers(batches.customers()).total();
                if (!batches.newBots().isEmpty()) {
                    log.flagBots(batches.newBots());
                }
            }
            long end = System.nanoTime();
            Phases phases = new Phases(Duration.ofNanos(readAll - start), Duration.ofNanos(batches.waitedForWriterNanos()),
                    Duration.ofNanos(batches.writingNanos()), Duration.ofNanos(committed - readAll),
                    Duration.ofNanos(end - committed));
            return batches.report(commit, read, items, customers, commit ? rejects.path() : null,
                    Duration.ofNanos(end - start), phases);
        }
    }
}

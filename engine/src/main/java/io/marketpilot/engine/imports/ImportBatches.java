package io.marketpilot.engine.imports;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.data.adapter.RowProblem;
import io.marketpilot.data.adapter.SkippedRow;
import io.marketpilot.data.adapter.WireRecord;
import io.marketpilot.data.cleaning.BotDetector;
import io.marketpilot.data.cleaning.Cleaned;
import io.marketpilot.data.cleaning.CleanedEvents;
import io.marketpilot.data.cleaning.CustomerCleaner;
import io.marketpilot.data.cleaning.EventCleaner;
import io.marketpilot.data.cleaning.ItemCleaner;
import io.marketpilot.data.cleaning.Rejection;
import io.marketpilot.engine.imports.ImportReport.BadRow;
import io.marketpilot.engine.imports.ImportReport.Phases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The state of one running import: chunks waiting to be cleaned, what was accepted, and every bad row. */
final class ImportBatches implements AutoCloseable {
    private static final int CHUNK = 10_000;

    private final EventCleaner eventCleaner;
    private final BotDetector bots;
    private final ItemCleaner itemCleaner;
    private final CustomerCleaner customerCleaner;
    private final PipelinedBulkLoad bulk;
    private final RejectsFile rejects;
    private final boolean skipInvalid;

    private final List<WireRecord> events = new ArrayList<>(CHUNK);
    private final List<Event> couponPurchases = new ArrayList<>();
    private final List<WireRecord> itemRows = new ArrayList<>();
    private final List<WireRecord> customerRows = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private final List<Customer> customers = new ArrayList<>();
    private final List<BadRow> listed = new ArrayList<>();
    private final Set<String> newBots = new LinkedHashSet<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private long badRows;
    private AppendResult appended = AppendResult.NONE;
    private long inBatchDuplicates;
    private long botEvents;

    ImportBatches(EventCleaner eventCleaner, BotDetector bots, ItemCleaner itemCleaner, CustomerCleaner customerCleaner,
                  EventLog.BulkLoad bulk, RejectsFile rejects, boolean skipInvalid) {
        this.eventCleaner = eventCleaner;
        this.bots = bots;
        this.itemCleaner = itemCleaner;
        this.customerCleaner = customerCleaner;
        this.bulk = new PipelinedBulkLoad(bulk);
        this.rejects = rejects;
        this.skipInvalid = skipInvalid;
    }

    void add(WireRecord r) {
        switch (r.kind()) {
            case EVENT -> {
                events.add(r);
                if (events.size() >= CHUNK) {
                    flushEvents();
                }
            }
            case ITEM -> {
                itemRows.add(r);
                if (itemRows.size() >= CHUNK) {
                    flushRecords();
                }
            }
            case CUSTOMER -> {
                customerRows.add(r);
                if (customerRows.size() >= CHUNK) {
                    flushRecords();
                }
            }
        }
    }

    void unreadable(RowProblem p) {
        bad(p.source(), p.line(), List.of(new FieldError("row", "a well-formed record", p.message())), null);
    }

    void skipped(SkippedRow s) {
        skipped.merge(s.reason(), 1L, Long::sum);
    }

    /** Cleans and writes whatever is pending, and waits until the event log has every chunk. */
    void flush() {
        flushEvents();
        flushRecords();
        appended = bulk.drain();
    }

    private void flushRecords() {
        Cleaned<Item> cleanedItems = itemCleaner.clean(fields(itemRows));
        items.addAll(cleanedItems.accepted());
        reject(itemRows, cleanedItems.rejections());
        itemRows.clear();
        Cleaned<Customer> cleanedCustomers = customerCleaner.clean(fields(customerRows));
        customers.addAll(cleanedCustomers.accepted());
        reject(customerRows, cleanedCustomers.rejections());
        customerRows.clear();
    }

    private void flushEvents() {
        if (events.isEmpty()) {
            return;
        }
        CleanedEvents cleaned = eventCleaner.clean(fields(events), bots);
        reject(events, cleaned.rejections());
        inBatchDuplicates += cleaned.duplicates();
        newBots.addAll(cleaned.newBotActors());
        if (badRows == 0 || skipInvalid) {
            // once an all-or-nothing import has failed, later rows are only checked, not loaded
            bulk.add(cleaned.accepted());
            // a plain loop, not a stream: the stream's shared spliterator code was one of the largest JIT
            // compilations of an import (1.9 s of C2 time in a warm 1M-event run, benchmarks §27)
            for (Event e : cleaned.accepted()) {
                if (e.bot()) {
                    botEvents++;
                }
                if (e.type() == EventType.PURCHASE && e.properties().containsKey("coupon_code")) {
                    couponPurchases.add(e);
                }
            }
        }
        events.clear();
    }

    private void reject(List<WireRecord> rows, List<Rejection> rejections) {
        for (Rejection r : rejections) {
            WireRecord row = rows.get(r.index());
            bad(row.source(), row.line(), r.errors(), row.fields());
        }
    }

    private void bad(String source, long line, List<FieldError> errors, Map<String, Object> record) {
        badRows++;
        BadRow row = new BadRow(source, line, errors);
        if (listed.size() < ImportReport.MAX_LISTED_BAD_ROWS) {
            listed.add(row);
        }
        rejects.write(row, record);
    }

    private static List<Map<String, Object>> fields(List<WireRecord> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (WireRecord r : rows) {
            out.add(r.fields());
        }
        return out;
    }

    @Override
    public void close() {
        bulk.close();
    }

    /** How long the importing thread waited for the event-log writer, and how long the writer was busy. */
    long waitedForWriterNanos() {
        return bulk.waitedNanos();
    }

    long writingNanos() {
        return bulk.busyNanos();
    }

    long badRowCount() {
        return badRows;
    }

    List<Item> items() {
        return items;
    }

    List<Customer> customers() {
        return customers;
    }

    Set<String> newBots() {
        return newBots;
    }

    ImportReport report(boolean committed, long read, long itemsWritten, long customersWritten, Path rejectsPath,
                        Duration took, Phases phases) {
        return new ImportReport(committed, read, committed ? appended.appended() : 0,
                appended.duplicates() + inBatchDuplicates, itemsWritten, customersWritten,
                committed ? botEvents : 0, badRows, listed, rejectsPath, skipped, took,
                committed ? couponPurchases : List.of(), 0, phases);
    }
}

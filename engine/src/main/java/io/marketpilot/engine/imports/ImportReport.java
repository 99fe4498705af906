package io.marketpilot.engine.imports;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.validation.FieldError;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an import did. {@code committed} is false when invalid rows aborted it (then nothing was written).
 * {@code badRows} holds at most the first {@value #MAX_LISTED_BAD_ROWS}; {@code badRowCount} counts them all.
 * {@code rejectsFile} is set when {@code --skip-invalid} wrote the bad rows to a file. {@code skipped} counts
 * rows a dataset adapter left out on purpose (e.g. postage lines), by reason. {@code couponPurchases} are the
 * imported purchase lines that carry a {@code coupon_code} (also those already stored: redeeming is idempotent), for
 * the engine to recognise their redemptions; {@code couponsRedeemed} counts the redemptions that recognised.
 * {@code phases} says where the time went.
 */
public record ImportReport(boolean committed, long rowsRead, long eventsAccepted, long eventDuplicates,
                           long itemsWritten, long customersWritten, long botEventsFlagged,
                           long badRowCount, List<BadRow> badRows, Path rejectsFile,
                           Map<String, Long> skipped, Duration took, List<Event> couponPurchases,
                           long couponsRedeemed, Phases phases) {
    public static final int MAX_LISTED_BAD_ROWS = 100;

    public ImportReport {
        badRows = List.copyOf(badRows);
        skipped = Map.copyOf(skipped);
        couponPurchases = List.copyOf(couponPurchases);
    }

    /** This report with the number of coupon redemptions its purchases made. */
    public ImportReport withCouponsRedeemed(long n) {
        return new ImportReport(committed, rowsRead, eventsAccepted, eventDuplicates, itemsWritten, customersWritten,
                botEventsFlagged, badRowCount, badRows, rejectsFile, skipped, took, couponPurchases, n, phases);
    }

    /**
     * Where an import's time went. Reading and cleaning run on the importing thread while the writer appends
     * the previous chunk to the event log; {@code waitedForWriter} is the part of {@code readingAndCleaning} the
     * importing thread spent waiting for it (near zero: reading bounds the speed; large: writing does).
     * {@code commit} makes the events durable and visible; {@code records} writes the items and customers.
     */
    public record Phases(Duration readingAndCleaning, Duration waitedForWriter, Duration writing, Duration commit,
                         Duration records) {
        public static final Phases NONE = new Phases(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ZERO);
    }

    /** One bad row: the file it came from, its 1-based line, and every problem found in it. */
    public record BadRow(String source, long line, List<FieldError> errors) {
        public BadRow {
            errors = List.copyOf(errors);
        }

        public String reason() {
            return String.join("; ", errors.stream().map(FieldError::message).toList());
        }
    }
}

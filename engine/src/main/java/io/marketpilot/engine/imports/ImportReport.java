package io.marketpilot.engine.imports;

import io.marketpilot.engine.ingest.IngestResult.Rejection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What an import did. {@code committed} is false when invalid rows aborted it (then nothing was written).
 * {@code rejections} holds at most the first 100; {@code rejectedCount} counts them all. {@code rejectsFile}
 * is set when {@code --skip-invalid} wrote the rejects beside the input.
 */
public record ImportReport(boolean committed, long rowsRead, long eventsAccepted, long eventDuplicates,
                           long itemsWritten, long customersWritten, long botEventsFlagged,
                           long rejectedCount, List<Rejection> rejections, Path rejectsFile, Duration took) {
    public static final int MAX_LISTED_REJECTIONS = 100;

    public ImportReport {
        rejections = List.copyOf(rejections);
    }
}

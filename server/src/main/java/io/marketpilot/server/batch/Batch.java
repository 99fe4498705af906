package io.marketpilot.server.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.engine.ingest.IngestResult;
import io.marketpilot.server.problem.FieldProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A parsed bulk body. {@link #records()} are the objects to hand to the engine; {@link #unreadable()} are the
 * positions that could not be read (NDJSON lines that are not a JSON object, array elements that are not
 * objects). {@code size} counts both. Positions are 0-based indexes into the request's records.
 */
public final class Batch {
    private final List<Map<String, Object>> records;
    private final int[] positions;
    private final List<RecordErrors> unreadable;
    private final List<Integer> lines;

    Batch(List<Map<String, Object>> records, int[] positions, List<Integer> lines, List<RecordErrors> unreadable) {
        this.records = List.copyOf(records);
        this.positions = positions.clone();
        this.lines = lines;
        this.unreadable = List.copyOf(unreadable);
    }

    public List<Map<String, Object>> records() {
        return records;
    }

    public List<RecordErrors> unreadable() {
        return unreadable;
    }

    public int size() {
        return records.size() + unreadable.size();
    }

    /**
     * Every rejected record in request order: the unreadable ones plus the engine's rejections, whose indexes
     * refer to {@link #records()} and are mapped back to request positions (and JSON Pointers into the body).
     */
    public List<RecordErrors> rejections(List<IngestResult.Rejection> engineRejections) {
        List<RecordErrors> all = new ArrayList<>(unreadable);
        for (IngestResult.Rejection r : engineRejections) {
            int parsed = Math.toIntExact(r.index());
            int index = positions[parsed];
            List<FieldProblem> errors = new ArrayList<>();
            for (FieldError e : r.errors()) {
                errors.add(FieldProblem.of(e, "/" + index));
            }
            all.add(new RecordErrors(index, lines == null ? null : lines.get(parsed), errors));
        }
        all.sort(Comparator.comparingInt(RecordErrors::index));
        return all;
    }

    /** Rejected record {@code index} (and, for NDJSON, its 1-based {@code line}) with its field problems. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordErrors(int index, Integer line, List<FieldProblem> errors) {
        public RecordErrors {
            errors = List.copyOf(errors);
        }
    }
}

package io.marketpilot.data.adapter;

import io.marketpilot.data.source.ReadProblem;
import io.marketpilot.data.source.SourceReader;
import io.marketpilot.data.source.SourceRecord;
import io.marketpilot.data.source.SourceRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The files of one import, read lazily one after the other, each through its mapper; then an optional final step
 * for rows that can only be written once everything was seen (a catalogue of latest prices). Later steps may use
 * state earlier steps built (lookup tables), which is why the order of {@link #read} calls matters.
 */
final class ImportPlan {
    private record Step(Path file, Function<Path, SourceReader> opener, RowMapper mapper) {}

    private final List<Step> steps = new ArrayList<>();
    private final List<Consumer<Sink>> finishers = new ArrayList<>();

    ImportPlan read(Path file, Function<Path, SourceReader> opener, RowMapper mapper) {
        steps.add(new Step(file, opener, mapper));
        return this;
    }

    ImportPlan thenEmit(Consumer<Sink> finisher) {
        finishers.add(finisher);
        return this;
    }

    Stream<ImportRow> stream() {
        Rows rows = new Rows();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(rows::close);
    }

    private final class Rows implements Iterator<ImportRow> {
        private final Sink sink = new Sink();
        private int nextStep;
        private int nextFinisher;
        private SourceReader reader;
        private RowMapper mapper;
        private ImportRow next;

        @Override
        public boolean hasNext() {
            while (next == null) {
                next = sink.poll();
                if (next != null) {
                    break;
                }
                if (reader != null && reader.hasNext()) {
                    map(reader.next());
                } else if (reader != null) {
                    close();
                } else if (nextStep < steps.size()) {
                    Step step = steps.get(nextStep++);
                    reader = step.opener().apply(step.file());
                    mapper = step.mapper();
                } else if (nextFinisher < finishers.size()) {
                    finishers.get(nextFinisher++).accept(sink);
                } else {
                    return false;
                }
            }
            return true;
        }

        private void map(SourceRow row) {
            sink.at(reader.source(), row.line());
            switch (row) {
                case SourceRecord record -> mapper.map(record, sink);
                case ReadProblem problem -> sink.problem(problem.message());
            }
        }

        @Override
        public ImportRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ImportRow row = next;
            next = null;
            return row;
        }

        void close() {
            if (reader != null) {
                SourceReader open = reader;
                reader = null;
                open.close();
            }
        }
    }
}

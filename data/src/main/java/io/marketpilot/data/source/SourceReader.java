package io.marketpilot.data.source;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A forward-only cursor over the records of one file. Close it (try-with-resources); I/O failures of the
 * underlying file surface as {@link java.io.UncheckedIOException} from {@link #hasNext()}.
 */
public interface SourceReader extends Iterator<SourceRow>, AutoCloseable {

    /** The file name, for messages. */
    String source();

    @Override
    void close();

    /** The remaining rows as a sequential stream that closes this reader when closed. */
    default Stream<SourceRow> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }
}

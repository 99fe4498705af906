package io.marketpilot.data.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * The iterator half every {@link SourceReader} shares: one row of lookahead, read by {@link #advance()} until it
 * returns null or the reader {@linkplain #stop() stops}; I/O failures surface from {@link #hasNext()} with the line.
 */
abstract class LookaheadReader implements SourceReader {
    private final String source;
    private SourceRow next;
    private boolean finished;

    LookaheadReader(String source) {
        this.source = source;
    }

    /** The next row, or null at the end of the input. */
    abstract SourceRow advance() throws IOException;

    /** The line reading has reached, for error messages. */
    abstract long line();

    /** Ends reading after the row being returned (e.g. an unreadable header). */
    final void stop() {
        finished = true;
    }

    @Override
    public final String source() {
        return source;
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !finished) {
            try {
                next = advance();
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + source + " near line " + line(), e);
            }
            finished |= next == null;
        }
        return next != null;
    }

    @Override
    public final SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = null;
        return row;
    }
}

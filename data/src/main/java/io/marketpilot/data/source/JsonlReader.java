package io.marketpilot.data.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/** JSON Lines: one JSON object per line; blank lines are skipped, anything else that is not an object is a problem. */
final class JsonlReader implements SourceReader {
    private final String source;
    private final BufferedReader in;
    private long line;
    private SourceRow next;
    private boolean finished;

    JsonlReader(String source, Reader in) {
        this.source = source;
        this.in = new BufferedReader(in, 1 << 16);
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            try {
                next = advance();
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + source + " near line " + line, e);
            }
            finished = next == null;
        }
        return next != null;
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = null;
        return row;
    }

    private SourceRow advance() throws IOException {
        String text;
        while ((text = in.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            return switch (Json.object(text)) {
                case Json.Parsed.Object o -> new SourceRecord(line, o.fields());
                case Json.Parsed.Failure f -> new ReadProblem(line, f.message());
            };
        }
        return null;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing " + source, e);
        }
    }
}

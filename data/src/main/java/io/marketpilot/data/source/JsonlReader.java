package io.marketpilot.data.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/** JSON Lines: one JSON object per line; blank lines are skipped, anything else that is not an object is a problem. */
final class JsonlReader extends LookaheadReader {
    private final BufferedReader in;
    private long line;

    JsonlReader(String source, Reader in) {
        super(source);
        this.in = new BufferedReader(in, 1 << 16);
    }

    @Override
    long line() {
        return line;
    }

    @Override
    SourceRow advance() throws IOException {
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
            throw new UncheckedIOException("closing " + source(), e);
        }
    }
}

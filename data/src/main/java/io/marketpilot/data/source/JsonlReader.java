package io.marketpilot.data.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** JSON Lines: one JSON object per line; blank lines are skipped, anything else that is not an object is a problem. */
final class JsonlReader extends LookaheadReader {
    private final ByteLines in;
    private final ByteJson json = new ByteJson();
    private long line;

    /**
     * Reads the lines as bytes: a line of plain JSON (nearly all of them) is read straight from its bytes by
     * {@link ByteJson}; any other line takes the general path: Jackson over the bytes of a pure-ASCII line, or
     * over the decoded line (malformed UTF-8 becomes U+FFFD), and over the decoded text of a line that fails,
     * so every message and every value is what reading decoded text gives.
     */
    JsonlReader(String source, InputStream in) {
        this(source, in, 1 << 16);
    }

    JsonlReader(String source, InputStream in, int bufferSize) {
        super(source);
        this.in = new ByteLines(in, bufferSize);
    }

    @Override
    long line() {
        return line;
    }

    @Override
    SourceRow advance() throws IOException {
        while (true) {
            // most lines are read before their end is looked for: one pass over the bytes instead of two
            int unread = in.unread();
            if (unread >= 0) {
                Map<String, Object> fields = json.object(in.buffer(), unread, in.limit());
                if (fields != null && json.stop() < in.limit()) {
                    in.endLineAt(json.stop());
                    line++;
                    return new SourceRecord(line, fields);
                }
            }
            if (!in.next()) {
                return null;
            }
            line++;
            byte[] b = in.buffer();
            int from = in.start();
            int to = in.end();
            Map<String, Object> fields = json.object(b, from, to);
            if (fields != null) {
                return new SourceRecord(line, fields);
            }
            Json.Parsed parsed;
            switch (ascii(b, from, to)) {
                case BLANK -> {
                    continue;
                }
                case TEXT -> {
                    parsed = Json.object(b, from, to - from);
                    if (parsed instanceof Json.Parsed.Failure) {
                        parsed = Json.object(new String(b, from, to - from, StandardCharsets.UTF_8));
                    }
                }
                default -> {
                    String text = new String(b, from, to - from, StandardCharsets.UTF_8);
                    if (text.isBlank()) {
                        continue;
                    }
                    parsed = Json.object(text);
                }
            }
            return switch (parsed) {
                case Json.Parsed.Object o -> new SourceRecord(line, o.fields());
                case Json.Parsed.Failure f -> new ReadProblem(line, f.message());
            };
        }
    }

    /** A line of spaces, a line of printable ASCII (and tabs), or anything else (decoded first). */
    private enum Kind { BLANK, TEXT, OTHER }

    private static Kind ascii(byte[] b, int from, int to) {
        boolean blank = true;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            // control bytes could make Jackson's byte parser guess UTF-16/32, so they take the decoded path
            if (c < 0 || (c < 0x20 && c != '\t')) {
                return Kind.OTHER;
            }
            // String.isBlank's whitespace among ASCII: space, tab, LF, VT, FF, CR and the separators 0x1C-0x1F
            blank &= c == ' ' || c == '\t';
        }
        return blank ? Kind.BLANK : Kind.TEXT;
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
